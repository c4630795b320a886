package io.budgetwatch.reconcileservice.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.budgetwatch.events.DisclosureParsed;
import io.budgetwatch.events.EventJson;
import io.budgetwatch.events.Finding;
import io.budgetwatch.events.ReconciliationReport;
import io.budgetwatch.reconcile.DisclosureHalves;
import io.budgetwatch.reconcile.Reconciler;
import io.budgetwatch.reconcile.RuleSettings;
import io.budgetwatch.reconcile.Supersession;
import io.budgetwatch.reconcileservice.config.ReconcileConfig;
import io.budgetwatch.reconcileservice.persistence.ReconcileStore;
import io.budgetwatch.reconcileservice.persistence.ReportRecord;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Checks one parsed disclosure against its own numbers and the department's prior year, supersedes the
 * department-year's previous reports it replaces (their vanished findings become {@code resolved}; the text and the
 * tables half of one disclosure do not replace each other, their joined report replaces both) and stores them.
 */
@ApplicationScoped
public class ReconciliationService {
    @Inject
    ReconcileStore store;

    private final Reconciler reconciler;

    @Inject
    public ReconciliationService(ReconcileConfig config) {
        // Built here, not in the config interface: config mappings are loaded outside the application class loader.
        this.reconciler = new Reconciler(
                new RuleSettings(config.threePublicSwingRatio(), config.assetToBudgetRatio()));
    }

    /**
     * A file that is one half of a disclosure published as two is checked with the other half when that has
     * arrived (DisclosureHalves): the report then covers the whole disclosure and supersedes both halves' reports;
     * last year's halves are joined the same way for the year-over-year rules.
     */
    @WithTransaction
    public Uni<ReconciliationReport> reconcile(DisclosureParsed disclosure) {
        return store.otherHalf(disclosure).chain(sibling -> priorYear(disclosure).chain(prior -> {
            DisclosureParsed whole = sibling == null ? disclosure
                    : DisclosureHalves.join(disclosure, sibling).orElse(disclosure);
            return store.currentReportsSupersededBy(whole).chain(previous -> {
                ReconciliationReport report = withResolved(reconciler.check(disclosure, sibling, prior), previous);
                return store.save(disclosure, Supersession.partOf(whole), report, previous).replaceWith(report);
            });
        }));
    }

    /** Last year's disclosure, both its files as one when it was published as two. */
    private Uni<DisclosureParsed> priorYear(DisclosureParsed disclosure) {
        return store.priorYear(disclosure).chain(prior -> prior == null ? Uni.createFrom().nullItem()
                : store.otherHalf(prior).map(half -> half == null ? prior
                        : DisclosureHalves.join(prior, half).orElse(prior)));
    }

    /** What the replaced reports found and this one no longer does, each fingerprint once. */
    private static ReconciliationReport withResolved(ReconciliationReport report, List<ReportRecord> previous) {
        if (previous.isEmpty()) {
            return report;
        }
        Map<String, Finding> byFingerprint = new LinkedHashMap<>();
        previous.forEach(record -> EventJson.read(record.reportJson, ReconciliationReport.class).findings()
                .forEach(f -> byFingerprint.putIfAbsent(f.fingerprint(), f)));
        List<Finding> before = List.copyOf(byFingerprint.values());
        return new ReconciliationReport(report.schemaVersion(), report.eventId(), report.documentId(),
                report.departmentKey(), report.department(), report.year(), report.kind(), report.rulesetVersion(),
                report.findings(), Supersession.resolved(before, report.findings()), report.stats(),
                report.checkedAt());
    }

    public Reconciler reconciler() {
        return reconciler;
    }
}

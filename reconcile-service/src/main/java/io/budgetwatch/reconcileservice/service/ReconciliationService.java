package io.budgetwatch.reconcileservice.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.budgetwatch.events.DisclosureParsed;
import io.budgetwatch.events.EventJson;
import io.budgetwatch.events.Finding;
import io.budgetwatch.events.ReconciliationReport;
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
 * department-year's previous report (its vanished findings become {@code resolved}) and stores both.
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

    @WithTransaction
    public Uni<ReconciliationReport> reconcile(DisclosureParsed disclosure) {
        return store.priorYear(disclosure).chain(prior -> store.currentReportOtherThan(disclosure)
                .chain(previous -> {
                    ReconciliationReport report = withResolved(reconciler.check(disclosure, prior), previous);
                    return store.save(disclosure, report, previous).replaceWith(report);
                }));
    }

    private static ReconciliationReport withResolved(ReconciliationReport report, ReportRecord previous) {
        if (previous == null) {
            return report;
        }
        List<Finding> before = EventJson.read(previous.reportJson, ReconciliationReport.class).findings();
        return new ReconciliationReport(report.schemaVersion(), report.eventId(), report.documentId(),
                report.departmentKey(), report.department(), report.year(), report.kind(), report.rulesetVersion(),
                report.findings(), Supersession.resolved(before, report.findings()), report.stats(),
                report.checkedAt());
    }

    public Reconciler reconciler() {
        return reconciler;
    }
}

package io.budgetwatch.reconcileservice.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.budgetwatch.events.EventMessages;
import io.budgetwatch.events.DisclosureParsed;
import io.budgetwatch.events.ReconciliationReport;
import io.budgetwatch.reconcileservice.config.ReconcileConfig;
import io.budgetwatch.reconcileservice.service.ReconciliationService;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;

/**
 * disclosure.parsed.v1 → disclosure.findings.v1. Keyed by department, so one department's years arrive in order
 * and the prior year is in history before the next is checked. The record is acknowledged only after the report
 * is stored and published; a failure dead-letters it with the reason.
 */
@ApplicationScoped
public class ParsedConsumer {
    private static final Logger LOG = Logger.getLogger(ParsedConsumer.class);

    @Inject
    ReconciliationService reconciliation;

    @Inject
    ReconcileConfig config;

    @Inject
    @Channel("findings")
    MutinyEmitter<ReconciliationReport> findings;

    @Incoming("parsed")
    public Uni<Void> consume(DisclosureParsed disclosure) {
        return reconciliation.reconcile(disclosure).chain(report -> {
            LOG.infof("reconciled %s (%s %s): %d findings, %d resolved", report.documentId(),
                    report.departmentKey(), report.year(), report.findings().size(), report.resolved().size());
            return findings.sendMessage(EventMessages.keyed(report, report.departmentKey(), config.eventSource()));
        });
    }
}

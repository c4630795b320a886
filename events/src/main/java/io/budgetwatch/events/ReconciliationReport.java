package io.budgetwatch.events;

import java.time.Instant;
import java.util.List;

/**
 * What reconcile-service publishes on {@link Topics#FINDINGS}, keyed by department key. {@code resolved} lists the
 * findings of the superseded report for the same department, year and kind that this document no longer shows.
 * Version 2: a report on a disclosure published as two files covers both, and evidence in the other file names it
 * ({@link Evidence#documentId()}).
 */
public record ReconciliationReport(int schemaVersion, String eventId, String documentId, String departmentKey,
        Department department, Integer year, DisclosureKind kind, String rulesetVersion, List<Finding> findings,
        List<Finding> resolved, Stats stats, Instant checkedAt) implements BudgetEvent {

    public static final int SCHEMA_VERSION = 2;
    public static final String TYPE = "io.budgetwatch.reconciliation.report.v1";

    @Override
    public String cloudEventType() {
        return TYPE;
    }
}

package io.budgetwatch.events;

import java.time.Instant;

/** What notify-service publishes on {@link Topics#ALERTS}, keyed by the alert fingerprint. */
public record AlertStateChanged(int schemaVersion, String eventId, String fingerprint, AlertStatus status,
        String departmentKey, String department, Integer year, String documentId, String ruleId, String category,
        Severity severity, String message, Instant startsAt, Instant endsAt) implements BudgetEvent {

    public static final int SCHEMA_VERSION = 1;
    public static final String TYPE = "io.budgetwatch.alert.state-changed.v1";

    @Override
    public String cloudEventType() {
        return TYPE;
    }
}

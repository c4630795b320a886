package io.budgetwatch.notify.domain;

import java.time.Instant;

import io.budgetwatch.events.AlertStatus;
import io.budgetwatch.events.Severity;

/** An alert that started firing, fired again, or resolved: what receivers are told. */
public record AlertChange(String fingerprint, AlertStatus status, String departmentKey, String department,
        String region, Integer year, String documentId, String ruleId, String category, Severity severity,
        String message, Instant startsAt, Instant endsAt) {

    /** Alerts are grouped per department and document, so one corrected disclosure is one notification. */
    public String groupKey() {
        return departmentKey + "|" + year + "|" + documentId;
    }
}

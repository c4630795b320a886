package io.budgetwatch.notify.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import io.budgetwatch.events.AlertStateChanged;
import io.budgetwatch.events.AlertStatus;
import io.budgetwatch.events.Evidence;
import io.budgetwatch.events.Finding;
import io.budgetwatch.events.ReconciliationReport;
import io.budgetwatch.events.Severity;

/**
 * An alert that started firing, fired again, or resolved: what receivers are told. {@code table} is the table type
 * the finding's evidence names first (null when it names none); {@code evidence} is where the finding can be seen in
 * the PDF, as short Chinese text (null when the finding has none).
 */
public record AlertChange(String fingerprint, AlertStatus status, String departmentKey, String department,
        String region, Integer year, String documentId, String table, String ruleId, String category,
        Severity severity, String message, String evidence, Instant startsAt, Instant endsAt) {

    /** {@code finding} of {@code report} starting to fire at {@code startsAt}. */
    public static AlertChange firing(ReconciliationReport report, Finding finding, Instant startsAt) {
        String table = finding.evidence() == null ? null
                : finding.evidence().stream().map(Evidence::table).filter(t -> t != null).findFirst().orElse(null);
        return new AlertChange(finding.fingerprint(), AlertStatus.FIRING, report.departmentKey(),
                report.department().name(), report.department().region(), report.year(), report.documentId(), table,
                finding.ruleId(), finding.category(), finding.severity(), finding.message(),
                EvidenceText.of(finding.evidence()).orElse(null), startsAt, null);
    }

    /**
     * The one-line summary annotation, e.g. "石家庄市科学技术局 2023年度 BAL-003（严重）"; the message with its numbers
     * is the description, and {@code evidence} (where in the PDF, see {@link EvidenceText}) the evidence.
     */
    public String summary() {
        return department + " " + year + "年度 " + ruleId + "（" + ChatMessages.severity(severity) + "）";
    }

    /**
     * The alert's labels, what routes, silences and inhibit rules match on (sorted by name, so output built from
     * them is stable). A label without a value is absent, which matchers read as the empty string.
     */
    public SortedMap<String, String> labels() {
        SortedMap<String, String> labels = new TreeMap<>();
        put(labels, "alertname", ruleId);
        put(labels, "ruleId", ruleId);
        // The label webhook consumers (deploy/local's console among them) have read the rule from since v1.
        put(labels, "rule", ruleId);
        // The rule family: BAL for BAL-003, 3P for 3P-001.
        put(labels, "family", ruleId == null || ruleId.indexOf('-') < 0 ? ruleId
                : ruleId.substring(0, ruleId.indexOf('-')));
        put(labels, "category", category);
        put(labels, "severity", severity == null ? null : severity.name().toLowerCase(Locale.ROOT));
        put(labels, "department", department);
        put(labels, "departmentKey", departmentKey);
        put(labels, "region", region);
        put(labels, "year", year == null ? null : String.valueOf(year));
        put(labels, "documentId", documentId);
        // What inhibit rules match a document's tables on: CMP-002 of a table mutes that table's alerts.
        put(labels, "table", table);
        return labels;
    }

    /** The change as published on disclosure.alerts.v1, identified by {@code eventId}. */
    public AlertStateChanged event(String eventId) {
        return new AlertStateChanged(AlertStateChanged.SCHEMA_VERSION, eventId, fingerprint, status, departmentKey,
                department, year, documentId, ruleId, category, severity, message, startsAt, endsAt);
    }

    private static void put(Map<String, String> labels, String name, String value) {
        if (value != null && !value.isEmpty()) {
            labels.put(name, value);
        }
    }
}

package io.budgetwatch.console.view;

import java.util.Locale;

import io.budgetwatch.events.DisclosureKind;
import io.budgetwatch.events.ReconciliationReport;
import io.budgetwatch.events.Severity;

/**
 * The overview's filters as the form sends them; blank means any. {@code kind} is {@code budget} or
 * {@code final_account}, {@code severity} {@code critical} or {@code warning} (documents with such a finding),
 * {@code q} a part of the department's name.
 */
public record OverviewFilter(String region, String kind, String severity, String q) {
    public OverviewFilter {
        region = blankToEmpty(region);
        kind = blankToEmpty(kind);
        severity = blankToEmpty(severity);
        q = blankToEmpty(q);
    }

    boolean admitsDepartment(ReconciliationReport report) {
        String region = report.department().region();
        return (this.region.isEmpty() || this.region.equals(region))
                && (q.isEmpty() || nameOf(report).contains(q));
    }

    boolean admitsDocument(ReconciliationReport report, DocumentState state) {
        return (kind.isEmpty() || kind.equals(kindValue(report.kind())))
                && (severity.isEmpty() || state.has(Severity.valueOf(severity.toUpperCase(Locale.ROOT))));
    }

    boolean bySeverity() {
        return !severity.isEmpty();
    }

    static String nameOf(ReconciliationReport report) {
        String name = report.department().name();
        return name == null ? report.departmentKey() : name;
    }

    private static String kindValue(DisclosureKind kind) {
        return kind == null ? "" : kind == DisclosureKind.BUDGET ? "budget" : "final_account";
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value.trim();
    }
}

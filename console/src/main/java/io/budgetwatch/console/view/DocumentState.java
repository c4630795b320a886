package io.budgetwatch.console.view;

import java.util.List;

import io.budgetwatch.events.Finding;
import io.budgetwatch.events.ReconciliationReport;
import io.budgetwatch.events.Severity;

/**
 * What a monitoring team needs to know of one checked document at a glance: its worst finding, how many of each
 * severity, and whether the reader could not read every table (CMP-002: the rules skipped those tables, so "no
 * finding" there means "not checked").
 */
public record DocumentState(String documentId, String kind, int critical, int warnings, int infos,
        boolean incompleteReading) {
    /** The rule saying a table was not read completely; its findings are info, never a verdict on the numbers. */
    static final String INCOMPLETE_READING_RULE = "CMP-002";

    public static DocumentState of(ReconciliationReport report) {
        List<Finding> findings = report.findings();
        return new DocumentState(report.documentId(), Labels.kind(report.kind()), count(findings, Severity.CRITICAL),
                count(findings, Severity.WARNING), count(findings, Severity.INFO),
                findings.stream().anyMatch(f -> INCOMPLETE_READING_RULE.equals(f.ruleId())));
    }

    /** {@code critical}, {@code warning}, {@code incomplete} or {@code clean}: the CSS class and the filter value. */
    public String level() {
        if (critical > 0) {
            return "critical";
        }
        if (warnings > 0) {
            return "warning";
        }
        return incompleteReading ? "incomplete" : "clean";
    }

    /** The cell's words: "严重 2 · 警告 3", "读取不完整", "已核对无问题". */
    public String summary() {
        StringBuilder text = new StringBuilder();
        if (critical > 0) {
            text.append("严重 ").append(critical);
        }
        if (warnings > 0) {
            text.append(text.isEmpty() ? "" : " · ").append("警告 ").append(warnings);
        }
        if (text.isEmpty()) {
            text.append(incompleteReading ? "读取不完整" : "已核对无问题");
        }
        return text.toString();
    }

    public boolean has(Severity severity) {
        return switch (severity) {
            case CRITICAL -> critical > 0;
            case WARNING -> warnings > 0;
            case INFO -> infos > 0;
        };
    }

    private static int count(List<Finding> findings, Severity severity) {
        return (int) findings.stream().filter(f -> f.severity() == severity).count();
    }
}

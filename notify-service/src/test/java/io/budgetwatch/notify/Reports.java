package io.budgetwatch.notify;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.budgetwatch.events.Department;
import io.budgetwatch.events.DisclosureKind;
import io.budgetwatch.events.EventJson;
import io.budgetwatch.events.Evidence;
import io.budgetwatch.events.Finding;
import io.budgetwatch.events.ReconciliationReport;
import io.budgetwatch.events.Severity;
import io.budgetwatch.events.Stats;
import io.budgetwatch.testsupport.Topics;

/** Reconciliation reports as reconcile-service publishes them, for the notify tests. */
final class Reports {
    static final Department DEPARTMENT = new Department("石家庄市科学技术局", "306", "河北省石家庄市");

    private Reports() {
    }

    static String fingerprint() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    static String documentId() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
    }

    static Finding finding(String fingerprint, String ruleId, Severity severity) {
        return finding(fingerprint, ruleId, "three_public", severity);
    }

    static Finding finding(String fingerprint, String ruleId, String category, Severity severity) {
        return new Finding(ruleId, category, severity,
                "“三公”经费支出表：合计 12.50 万元 ≠ 各项之和 12.00 万元，差额 0.50 万元", new BigDecimal("125000"),
                new BigDecimal("120000"), new BigDecimal("5000"), new BigDecimal("150"),
                List.of(new Evidence("three_public_expenditure", 25, "threePublicTotal", "amount", null)),
                fingerprint);
    }

    static ReconciliationReport report(String documentId, List<Finding> findings, List<Finding> resolved) {
        return report(DEPARTMENT, documentId, findings, resolved);
    }

    static ReconciliationReport report(Department department, String documentId, List<Finding> findings,
            List<Finding> resolved) {
        return new ReconciliationReport(ReconciliationReport.SCHEMA_VERSION, UUID.randomUUID().toString(), documentId,
                department.key(), department, 2023, DisclosureKind.BUDGET, "test", findings, resolved,
                new Stats(10, 10 - findings.size(), findings.size(), 0), Instant.now());
    }

    static void send(ReconciliationReport report) {
        Topics.send(io.budgetwatch.events.Topics.FINDINGS, report.departmentKey(), EventJson.writeString(report));
    }
}

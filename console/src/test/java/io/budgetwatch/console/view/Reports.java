package io.budgetwatch.console.view;

import java.time.Instant;
import java.util.List;

import io.budgetwatch.events.Box;
import io.budgetwatch.events.Department;
import io.budgetwatch.events.DisclosureKind;
import io.budgetwatch.events.Evidence;
import io.budgetwatch.events.Finding;
import io.budgetwatch.events.ReconciliationReport;
import io.budgetwatch.events.Severity;
import io.budgetwatch.events.Stats;

/** Reports as reconcile-service serves them, for the view tests. */
final class Reports {
    static final Department SCIENCE = new Department("石家庄市科学技术局", "306", "河北省石家庄市");
    static final Department PUTUO = new Department("上海市普陀区人民政府办公室", null, "上海市普陀区");

    private Reports() {
    }

    static ReconciliationReport report(String documentId, Department department, int year, DisclosureKind kind,
            Finding... findings) {
        return new ReconciliationReport(1, "e-" + documentId, documentId, department.key(), department, year, kind,
                "r1", List.of(findings), List.of(), new Stats(10, 10 - findings.length, findings.length, 0),
                Instant.parse("2026-03-01T08:00:00Z"));
    }

    static Finding finding(String ruleId, Severity severity, Evidence... evidence) {
        return new Finding(ruleId, "balance", severity, ruleId + " 的问题 2236.31 万元", null, null, null, null,
                List.of(evidence), "fp-" + ruleId);
    }

    static Evidence cell(int page, float x0, float top, float x1, float bottom) {
        return new Evidence("assets", page, null, "amount", null, new Box(x0, top, x1, bottom));
    }
}

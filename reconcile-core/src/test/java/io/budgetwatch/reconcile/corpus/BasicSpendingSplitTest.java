package io.budgetwatch.reconcile.corpus;

import static io.budgetwatch.reconcile.fixtures.Reports.describe;
import static io.budgetwatch.reconcile.fixtures.Reports.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.budgetwatch.events.ColumnKeys;
import io.budgetwatch.events.DisclosureParsed;
import io.budgetwatch.events.Finding;
import io.budgetwatch.events.ReconciliationReport;
import io.budgetwatch.events.Severity;
import io.budgetwatch.events.TableTypes;
import io.budgetwatch.reconcile.fixtures.Mutate;
import io.budgetwatch.reconcile.fixtures.Reports;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 杭州 2026 (表5 一般公共预算支出表 splits 基本支出 into 小计 · 人员经费 · 日常公用支出; 表6 基本支出表 prints the same
 * three totals, 3745.07 = 2906.80 + 838.27): the two tables agree as printed, and an edited copy does not.
 */
class BasicSpendingSplitTest {
    private static final String FILE = "wide/hz-28647feb2ecb.pdf";

    @Test
    void theBasicSpendingSplitAgreesAcrossTablesAsPrinted() {
        ReconciliationReport report = Corpus.check(FILE);
        assertEquals(List.of(), findings(report, "XT-001"), describe(report));
    }

    @Test
    void personnelSpendingPrintedDifferentlyInTheTwoTablesIsCritical() {
        DisclosureParsed edited = Mutate.cell(Corpus.read(FILE), TableTypes.GENERAL_BUDGET_BASIC_EXPENDITURE, "合计",
                ColumnKeys.PERSONNEL, "2960.80");

        Finding finding = findings(Reports.check(edited), "XT-001").stream()
                .filter(f -> f.message().contains("2960.80")).findFirst()
                .orElseThrow(() -> new AssertionError(describe(Reports.check(edited))));
        assertEquals(Severity.CRITICAL, finding.severity());
        assertTrue(finding.message().contains("2906.80"), finding.message());
    }

    @Test
    void theBasicSubtotalColumnIsTheTablesBasicSpending() {
        ReconciliationReport report = Corpus.check(FILE);
        DisclosureParsed edited = Mutate.cell(Corpus.read(FILE), TableTypes.GENERAL_BUDGET_EXPENDITURE, "合计",
                ColumnKeys.BASIC, "3754.07");
        assertTrue(findings(Reports.check(edited), "XT-001").stream().anyMatch(f -> f.message().contains("3754.07")),
                "基本支出/小计 is compared with the 基本支出表's 合计: " + findings(Reports.check(edited), "XT-001"));
    }
}

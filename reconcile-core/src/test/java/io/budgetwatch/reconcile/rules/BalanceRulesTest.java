package io.budgetwatch.reconcile.rules;

import static io.budgetwatch.reconcile.fixtures.Reports.assertAmount;
import static io.budgetwatch.reconcile.fixtures.Reports.check;
import static io.budgetwatch.reconcile.fixtures.Reports.describe;
import static io.budgetwatch.reconcile.fixtures.Reports.findings;
import static io.budgetwatch.reconcile.fixtures.Reports.only;
import static io.budgetwatch.reconcile.fixtures.Reports.wan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.budgetwatch.events.Amount;
import io.budgetwatch.events.Cell;
import io.budgetwatch.events.DisclosureParsed;
import io.budgetwatch.events.Finding;
import io.budgetwatch.events.ReconciliationReport;
import io.budgetwatch.events.Row;
import io.budgetwatch.events.RowRole;
import io.budgetwatch.events.Severity;
import io.budgetwatch.events.TableTypes;
import io.budgetwatch.reconcile.fixtures.Mutate;
import io.budgetwatch.reconcile.fixtures.Seed000;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** balance rules on the seed-000 tables with one printed number changed. */
class BalanceRulesTest {
    private static final DisclosureParsed SEED = Seed000.disclosure();

    @Test
    void bal001_incomeAndExpenditureGrandTotalsDiffer() {
        ReconciliationReport report = check(Mutate.cell(SEED, TableTypes.INCOME_EXPENDITURE_SUMMARY,
                "expenditure:支出总计", "amount", "13933.78"));
        Finding finding = only(report, "BAL-001");
        assertEquals(Severity.CRITICAL, finding.severity());
        assertNumbers(finding, "13933.68", "13933.78", "-0.10", "0.01");
        assertEquals("部门预算收支总表：收入总计 13933.68 万元 ≠ 支出总计 13933.78 万元，差额 -0.10 万元，超出容差 0.01 万元（第6页）",
                finding.message());
    }

    @Test
    void bal002_currentIncomePlusCarryoverIsNotTheIncomeTotal() {
        ReconciliationReport report = check(Mutate.cell(SEED, TableTypes.INCOME_EXPENDITURE_SUMMARY,
                "income:上年结转结余", "amount", "1.40"));
        Finding finding = only(report, "BAL-002");
        assertNumbers(finding, "13933.68", "13934.04", "-0.36", "0.015");
    }

    @Test
    void bal003_totalRowIsNotTheSumOfTopLevelRows() {
        ReconciliationReport report = check(Mutate.cell(SEED, TableTypes.GENERAL_BUDGET_EXPENDITURE, "合计",
                "basic", "5827.89"));
        Finding finding = findings(report, "BAL-003").stream()
                .filter(f -> f.evidence().get(0).table().equals(TableTypes.GENERAL_BUDGET_EXPENDITURE)).findFirst()
                .orElseThrow(() -> new AssertionError(describe(report)));
        assertNumbers(finding, "5827.89", "5827.79", "0.10", "0.025");
        assertEquals("basic", finding.evidence().get(0).column());
    }

    @Test
    void bal004_rowTotalIsNotBasicPlusProject() {
        ReconciliationReport report = check(Mutate.cell(SEED, TableTypes.EXPENDITURE_SUMMARY, "2060201", "total",
                "779.98"));
        Finding finding = only(report, "BAL-004");
        assertNumbers(finding, "779.98", "779.88", "0.10", "0.015");
        assertEquals("2060201", finding.evidence().get(0).rowCode());
        assertEquals(11, finding.evidence().get(0).page());
    }

    @Test
    void bal005_basicIsNotPersonnelPlusPublicOperating() {
        ReconciliationReport report = check(Mutate.cell(SEED, TableTypes.GENERAL_BUDGET_BASIC_EXPENDITURE, "合计",
                "personnel", "5383.81"));
        Finding finding = only(report, "BAL-005");
        assertNumbers(finding, "5827.79", "5827.69", "0.10", "0.015");
    }

    @Test
    void bal006_fundColumnsDoNotAddUpToTheTotal() {
        ReconciliationReport report = check(Mutate.cell(SEED, TableTypes.FISCAL_APPROPRIATION_SUMMARY,
                "expenditure:支出总计", "generalBudget", "13933.60"));
        Finding finding = only(report, "BAL-006");
        assertNumbers(finding, "13933.68", "13933.60", "0.08", "0.01");
    }

    @Test
    void bal007_parentCodeIsNotTheSumOfItsChildren() {
        ReconciliationReport report = check(Mutate.cell(SEED, TableTypes.GENERAL_BUDGET_EXPENDITURE, "2060101",
                "total", "1358.30"));
        Finding finding = only(report, "BAL-007");
        assertNumbers(finding, "1779.39", "1779.66", "-0.27", "0.015");
        assertEquals("20601", finding.evidence().get(0).rowCode());
        assertEquals(18, finding.evidence().get(0).page());
    }

    @Test
    void subsetRowsAreNotSummedWithTheirSiblings() {
        DisclosureParsed withSubset = Mutate.table(SEED, TableTypes.GENERAL_BUDGET_EXPENDITURE, table -> {
            List<Row> rows = new ArrayList<>(table.rows());
            rows.add(3, new Row("206010101", "其中：信息化运维", 4, null, RowRole.SUBSET, null,
                    Map.of("total", Cell.of(new Amount("100.00", "万元"))), 18));
            return Mutate.withRows(table, rows);
        });
        assertEquals(List.of(), findings(check(withSubset), "BAL-007"));
    }

    static void assertNumbers(Finding finding, String actual, String expected, String difference, String tolerance) {
        assertAmount(wan(actual), finding.actual());
        assertAmount(wan(expected), finding.expected());
        assertAmount(wan(difference), finding.difference());
        assertAmount(wan(tolerance), finding.tolerance());
    }
}

package io.budgetwatch.reconcile.rules;

import static io.budgetwatch.reconcile.fixtures.Reports.check;
import static io.budgetwatch.reconcile.fixtures.Reports.only;
import static io.budgetwatch.reconcile.rules.BalanceRulesTest.assertNumbers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.budgetwatch.events.DisclosureKind;
import io.budgetwatch.events.DisclosureParsed;
import io.budgetwatch.events.Finding;
import io.budgetwatch.events.ReconciliationReport;
import io.budgetwatch.events.Severity;
import io.budgetwatch.events.TableTypes;
import io.budgetwatch.reconcile.fixtures.Mutate;
import io.budgetwatch.reconcile.fixtures.Reports;
import io.budgetwatch.reconcile.fixtures.Seed000;
import java.util.List;
import org.junit.jupiter.api.Test;

/** cross_table rules: the same figure printed in two tables of seed-000, one copy changed. */
class CrossTableRulesTest {
    private static final DisclosureParsed SEED = Seed000.disclosure();

    @Test
    void xt001_basicExpenditureTableTotalDiffersFromTheGeneralBudgetTable() {
        ReconciliationReport report = check(Mutate.cell(SEED, TableTypes.GENERAL_BUDGET_BASIC_EXPENDITURE, "合计",
                "total", "5827.97"));
        Finding finding = only(report, "XT-001");
        assertEquals(Severity.CRITICAL, finding.severity());
        assertNumbers(finding, "5827.97", "5827.79", "0.18", "0.01");
        assertEquals(List.of(TableTypes.GENERAL_BUDGET_BASIC_EXPENDITURE, TableTypes.GENERAL_BUDGET_EXPENDITURE),
                finding.evidence().stream().map(e -> e.table()).toList());
        assertTrue(finding.message().contains("（第18、21页）"), finding.message());
    }

    @Test
    void xt002_incomeAndExpenditureDifferForOneFunctionCode() {
        ReconciliationReport report = check(Mutate.cell(SEED, TableTypes.INCOME_SUMMARY, "2060404", "total",
                "5313.57"));
        Finding finding = only(report, "XT-002");
        assertNumbers(finding, "5313.75", "5313.57", "0.18", "0.01");
        assertEquals("2060404", finding.evidence().get(0).rowCode());
    }

    @Test
    void xt002_doesNotApplyToFinalAccountsWhereBalancesCarryForward() {
        DisclosureParsed finalAccount = Mutate.cell(Seed000.builder().kind(DisclosureKind.FINAL_ACCOUNT).build(),
                TableTypes.INCOME_SUMMARY, "2060404", "total", "5313.57");
        assertEquals(List.of(), Reports.findings(check(finalAccount), "XT-002"));
    }

    @Test
    void xt003_generalBudgetSpendingExceedsAllFundsForOneCode() {
        ReconciliationReport report = check(Mutate.cell(SEED, TableTypes.GENERAL_BUDGET_EXPENDITURE, "2060101",
                "total", "1358.30"));
        Finding finding = only(report, "XT-003");
        assertNumbers(finding, "1358.30", "1358.03", "0.27", "0.01");
        assertTrue(finding.message().contains(" > "), finding.message());
    }

    @Test
    void xt004_summaryTableClassDiffersFromTheExpenditureTable() {
        ReconciliationReport report = check(Mutate.cell(SEED, TableTypes.INCOME_EXPENDITURE_SUMMARY,
                "expenditure:科学技术支出", "amount", "11890.04"));
        Finding finding = only(report, "XT-004");
        assertNumbers(finding, "11890.04", "11890.40", "-0.36", "0.01");
        assertTrue(finding.message().startsWith("部门预算收支总表：科学技术支出 11890.04 万元 ≠ 支出总表 206 科学技术支出（合计） 11890.40 万元"),
                finding.message());
    }
}

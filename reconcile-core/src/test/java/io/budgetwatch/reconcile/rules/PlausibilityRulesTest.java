package io.budgetwatch.reconcile.rules;

import static io.budgetwatch.reconcile.fixtures.Reports.check;
import static io.budgetwatch.reconcile.fixtures.Reports.findings;
import static io.budgetwatch.reconcile.fixtures.Reports.only;
import static io.budgetwatch.reconcile.rules.BalanceRulesTest.assertNumbers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.budgetwatch.events.Amount;
import io.budgetwatch.events.Cell;
import io.budgetwatch.events.Claim;
import io.budgetwatch.events.DisclosureParsed;
import io.budgetwatch.events.Finding;
import io.budgetwatch.events.KeyFigureNames;
import io.budgetwatch.events.Row;
import io.budgetwatch.events.RowRole;
import io.budgetwatch.events.Severity;
import io.budgetwatch.events.TableTypes;
import io.budgetwatch.reconcile.fixtures.Mutate;
import io.budgetwatch.reconcile.fixtures.Seed000;
import io.budgetwatch.reconcile.fixtures.Seed001;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** plausibility rules: numbers that cannot be right whatever the arithmetic says. */
class PlausibilityRulesTest {

    @Test
    void pla001_assetFigureHundredsOfTimesTheWholeBudgetIsAUnitSlip() {
        DisclosureParsed doc = Mutate.cell(Seed001.disclosure(), TableTypes.ASSETS, "资产总额", "amount",
                "856766.73");
        Finding finding = only(check(doc), "PLA-001");
        assertEquals(Severity.WARNING, finding.severity());
        assertTrue(finding.message().contains("资产总额 856766.73 万元 是收入总计 1578.32 万元 的 542 倍，超过设定的 100 倍"),
                finding.message());
    }

    @Test
    void pla001_realisticAssetsAreQuiet() {
        assertEquals(List.of(), findings(check(Seed001.disclosure()), "PLA-001"));
    }

    @Test
    void pla002_emptyDeclaredFundTableButTheSummaryPrintsFundSpending() {
        DisclosureParsed doc = Mutate.cell(Seed000.disclosure(), TableTypes.FISCAL_APPROPRIATION_SUMMARY,
                "expenditure:本年支出合计", "governmentFund", "5.00");
        Finding finding = only(check(doc), "PLA-002");
        assertEquals(Severity.CRITICAL, finding.severity());
        assertTrue(finding.message().startsWith("部门预算政府基金预算财政拨款支出表注明空表，但 部门预算财政拨款收支总表 列有 本年支出合计"),
                finding.message());
        assertEquals("注：无政府基金预算财政拨款预算，空表列示。", finding.evidence().get(0).sentence());
    }

    @Test
    void pla002_emptyDeclaredTableContainsNumbers() {
        DisclosureParsed doc = Mutate.table(Seed000.disclosure(), TableTypes.STATE_CAPITAL_EXPENDITURE,
                table -> Mutate.withRows(table, List.of(new Row("2230101", "国有企业资本金注入", 3, null, RowRole.ITEM, null,
                        Map.of("total", Cell.of(new Amount("12.00", "万元"))), 24))));
        assertTrue(only(check(doc), "PLA-002").message().contains("2230101 国有企业资本金注入"));
    }

    @Test
    void pla003_negativeAmountInAStandardTable() {
        DisclosureParsed doc = Mutate.cell(Seed000.disclosure(), TableTypes.EXPENDITURE_SUMMARY, "2060101", "total",
                "-1358.03");
        Finding finding = only(check(doc), "PLA-003");
        assertEquals(Severity.WARNING, finding.severity());
        assertEquals("部门预算支出总表：出现负数金额 1 处：2060101 行政运行（合计） -1358.03 万元（第11页）", finding.message());
    }

    @Test
    void pla004_organOperatingCostsExceedPublicOperatingExpenditure() {
        DisclosureParsed doc = Mutate.claim(Seed001.disclosure(), KeyFigureNames.ORGAN_OPERATING_COSTS,
                c -> true, c -> new Claim(c.topic(), c.subject(), "194.06", c.unit(),
                        c.change(), c.delta(), c.percent(), c.page(), c.sentence()));
        Finding finding = only(check(doc), "PLA-004");
        assertNumbers(finding, "194.06", "117.29", "76.77", "0.01");
    }
}

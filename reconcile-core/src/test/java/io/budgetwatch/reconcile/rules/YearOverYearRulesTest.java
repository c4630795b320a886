package io.budgetwatch.reconcile.rules;

import static io.budgetwatch.events.KeyFigureNames.THREE_PUBLIC_RECEPTION;
import static io.budgetwatch.events.KeyFigureNames.THREE_PUBLIC_TOTAL;
import static io.budgetwatch.reconcile.fixtures.Reports.check;
import static io.budgetwatch.reconcile.fixtures.Reports.describe;
import static io.budgetwatch.reconcile.fixtures.Reports.findings;
import static io.budgetwatch.reconcile.fixtures.Reports.only;
import static io.budgetwatch.reconcile.rules.BalanceRulesTest.assertNumbers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.budgetwatch.events.DisclosureParsed;
import io.budgetwatch.events.Finding;
import io.budgetwatch.events.ReconciliationReport;
import io.budgetwatch.events.Severity;
import io.budgetwatch.events.TableTypes;
import io.budgetwatch.reconcile.Reconciler;
import io.budgetwatch.reconcile.RuleSettings;
import io.budgetwatch.reconcile.fixtures.DisclosureBuilder;
import io.budgetwatch.reconcile.fixtures.Mutate;
import io.budgetwatch.reconcile.fixtures.Seed000;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** year_over_year rules: seed-000 (2023) against a 2022 disclosure built from the figures the 2023 text implies. */
class YearOverYearRulesTest {
    private static final DisclosureParsed SEED = Seed000.disclosure();

    @Test
    void yoy001_textImpliesLastYearsPublishedTotal() {
        // notes N8: 13933.68 + 215.26 = 14148.94 was the 2022 budget
        assertEquals(List.of(), findings(check(SEED, lastYearSpending("14148.94")), "YOY-001"));
    }

    @Test
    void yoy001_textContradictsLastYearsPublishedTotal() {
        Finding finding = only(check(SEED, lastYearSpending("14248.94")), "YOY-001");
        assertEquals(Severity.WARNING, finding.severity());
        assertNumbers(finding, "14248.94", "14148.94", "100.00", "0.015"); // three printed figures
        assertTrue(finding.message().contains("上年公开的 支出总计 14248.94 万元"), finding.message());
    }

    @Test
    void yoy001_previousYearColumnDisagreesWithLastYearsTable() {
        DisclosureParsed current = Mutate.cell(SEED, TableTypes.THREE_PUBLIC_EXPENDITURE, THREE_PUBLIC_TOTAL,
                "previousYear", "33.44");
        ReconciliationReport report = check(current, ThreePublicRulesTest.lastYear("32.44", "31.60"));
        Finding finding = findings(report, "YOY-001").stream()
                .filter(f -> f.evidence().get(0).column().equals("previousYear")).findFirst()
                .orElseThrow(() -> new AssertionError(describe(report)));
        assertNumbers(finding, "33.44", "32.44", "1.00", "0.01");
    }

    @Test
    void yoy002_threePublicSwingBeyondTheConfiguredRatio() {
        // 32.44 → 29.64 is −8.63 %: quiet at the default ±30 %, reported at ±5 %
        DisclosureParsed lastYear = ThreePublicRulesTest.lastYear("32.44", "31.60");
        assertEquals(List.of(), findings(check(SEED, lastYear), "YOY-002"));
        Reconciler strict = new Reconciler(new RuleSettings(new BigDecimal("0.05"), new BigDecimal("100")));
        ReconciliationReport report = strict.check(SEED, lastYear);
        Finding total = findings(report, "YOY-002").stream().filter(f -> f.message().contains("“三公”经费合计"))
                .findFirst().orElseThrow(() -> new AssertionError(describe(report)));
        assertEquals(Severity.WARNING, total.severity());
        assertEquals("“三公”经费：“三公”经费合计 由上年 32.44 万元 变为 29.64 万元，变化 -8.6313%，超过设定的 ±5%（第25页）",
                total.message());
    }

    @Test
    void yoy002_spendingOnAnItemThatWasZeroLastYearIsReported() {
        DisclosureParsed lastYear = Mutate.cell(ThreePublicRulesTest.lastYear("31.60", "31.60"),
                TableTypes.THREE_PUBLIC_EXPENDITURE, THREE_PUBLIC_RECEPTION, "amount", null);
        Finding finding = findings(check(SEED, lastYear), "YOY-002").stream()
                .filter(f -> f.message().contains("公务接待费")).findFirst().orElseThrow();
        assertTrue(finding.message().contains("由上年 0.00 万元 变为 0.84 万元，上年为 0，本年新增"), finding.message());
    }

    @Test
    void yoy002_withoutLastYearTheTextsStatedChangeGivesThePrior() {
        // no previous disclosure: prior = 29.64 + 2.8 = 32.44 from the text; −8.6 % is within ±30 %
        assertEquals(List.of(), findings(check(SEED), "YOY-002"));
    }

    private static DisclosureParsed lastYearSpending(String total) {
        return DisclosureBuilder.budget("石家庄市科学技术局", "306", "河北省石家庄市", 2022)
                .table(TableTypes.EXPENDITURE_SUMMARY, "部门预算支出总表", t -> t
                        .columns("total=合计", "basic=基本支出", "project=项目支出").page(11)
                        .total("合计", total, "5000.93", "9148.01")) // notes N8: implied 2022 basic and project
                .build();
    }
}

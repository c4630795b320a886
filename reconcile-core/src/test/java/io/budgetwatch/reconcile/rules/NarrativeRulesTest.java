package io.budgetwatch.reconcile.rules;

import static io.budgetwatch.events.KeyFigureNames.BASIC_EXPENDITURE;
import static io.budgetwatch.events.KeyFigureNames.INCOME_TOTAL;
import static io.budgetwatch.events.KeyFigureNames.PROJECT_EXPENDITURE;
import static io.budgetwatch.reconcile.fixtures.Reports.check;
import static io.budgetwatch.reconcile.fixtures.Reports.findings;
import static io.budgetwatch.reconcile.fixtures.Reports.only;
import static io.budgetwatch.reconcile.rules.BalanceRulesTest.assertNumbers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.budgetwatch.events.Claim;
import io.budgetwatch.events.DisclosureParsed;
import io.budgetwatch.events.Finding;
import io.budgetwatch.events.Severity;
import io.budgetwatch.reconcile.fixtures.Mutate;
import io.budgetwatch.reconcile.fixtures.Seed000;
import io.budgetwatch.reconcile.fixtures.Seed003;
import java.util.List;
import org.junit.jupiter.api.Test;

/** narrative rules: the text against the tables (seed-000) and against itself (seed-003, text only). */
class NarrativeRulesTest {

    @Test
    void txt001_textStatesAnotherBasicExpenditureThanTheTables() {
        DisclosureParsed doc = Mutate.claim(Seed000.disclosure(), BASIC_EXPENDITURE, c -> c.value() != null,
                c -> withValue(c, "5827.97", "万元"));
        Finding finding = only(check(doc), "TXT-001");
        assertEquals(Severity.CRITICAL, finding.severity());
        assertNumbers(finding, "5827.97", "5827.79", "0.18", "0.01");
        assertTrue(finding.message().startsWith("情况说明：基本支出 5827.97 万元 ≠ 支出总表 合计（基本支出） 5827.79 万元"),
                finding.message());
    }

    @Test
    void txt001_aTextFigureInYuanMatchesTheTableInTenThousands() {
        DisclosureParsed doc = Mutate.claim(Seed000.disclosure(), BASIC_EXPENDITURE, c -> c.value() != null,
                c -> withValue(c, "58277900", "元"));
        assertEquals(List.of(), findings(check(doc), "TXT-001"));
    }

    @Test
    void txt002_statedGrowthRateIsNotTheChangeOverLastYear() {
        // 4606.21 / (44999 − 4606.21) = 11.40%; a text saying 12.4% is wrong
        DisclosureParsed doc = Mutate.claim(Seed003.disclosure(), INCOME_TOTAL, c -> c.percent() != null,
                c -> new Claim(c.topic(), c.subject(), c.value(), c.unit(), c.change(), c.delta(), "12.4", c.page(),
                        c.sentence()));
        Finding finding = findings(check(doc), "TXT-002").stream().filter(f -> f.message().contains("12.4%"))
                .findFirst().orElseThrow();
        assertTrue(finding.message().contains("≠ 增减额 / 上年数 11.4035%"), finding.message());
    }

    @Test
    void txt003_statedTotalIsNotTheSumOfItsStatedParts() {
        DisclosureParsed doc = Mutate.claim(Seed003.disclosure(), PROJECT_EXPENDITURE, c -> c.percent() != null,
                c -> withValue(c, "44313.83", "万元"));
        Finding finding = findings(check(doc), "TXT-003").stream().filter(f -> f.message().contains("各部分所述金额"))
                .findFirst().orElseThrow();
        assertEquals(Severity.CRITICAL, finding.severity());
        // 695.17 + 44313.83 = 45009.00 vs 44999 (printed without decimals: ±0.5)
        assertNumbers(finding, "44999", "45009.00", "-10.00", "0.51");
    }

    @Test
    void txt003_statedTotalChangeIsNotTheSumOfItsStatedComponentChanges() {
        DisclosureParsed doc = Mutate.claim(Seed003.disclosure(), BASIC_EXPENDITURE, c -> c.delta() != null,
                c -> new Claim(c.topic(), c.subject(), c.value(), c.unit(), c.change(), "265.7", c.percent(),
                        c.page(), c.sentence()));
        Finding finding = only(check(doc), "TXT-003");
        // 4606.21 stated vs 265.7 + 4350.51 = 4616.21
        assertNumbers(finding, "4606.21", "4616.21", "-10.00", "0.06");
        assertTrue(finding.message().contains("支出总计 所述较上年变化"), finding.message());
    }

    @Test
    void txt003_componentChangesSumUpInTheSeeds() {
        // seed-000 N8: −215.26 = +826.86 − 1042.12; 三公 −2.8 = 运维 −2.8 with the rest 持平
        assertEquals(List.of(), findings(check(Seed000.disclosure()), "TXT-003"));
    }

    private static Claim withValue(Claim c, String value, String unit) {
        return new Claim(c.topic(), c.subject(), value, unit, c.change(), c.delta(), c.percent(), c.page(),
                c.sentence());
    }
}

package io.budgetwatch.parse.claims;

import io.budgetwatch.events.Claim;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;

import static io.budgetwatch.events.Change.DECREASE;
import static io.budgetwatch.events.Change.FLAT;
import static io.budgetwatch.events.Change.INCREASE;
import static io.budgetwatch.events.KeyFigureNames.BASIC_EXPENDITURE;
import static io.budgetwatch.events.KeyFigureNames.CARRYOVER_INCOME;
import static io.budgetwatch.events.KeyFigureNames.EXPENDITURE_TOTAL;
import static io.budgetwatch.events.KeyFigureNames.GENERAL_BUDGET_APPROPRIATION;
import static io.budgetwatch.events.KeyFigureNames.GOVERNMENT_FUND_APPROPRIATION;
import static io.budgetwatch.events.KeyFigureNames.INCOME_TOTAL;
import static io.budgetwatch.events.KeyFigureNames.ORGAN_OPERATING_COSTS;
import static io.budgetwatch.events.KeyFigureNames.PERSONNEL_EXPENDITURE;
import static io.budgetwatch.events.KeyFigureNames.PROJECT_EXPENDITURE;
import static io.budgetwatch.events.KeyFigureNames.PUBLIC_OPERATING_EXPENDITURE;
import static io.budgetwatch.events.KeyFigureNames.THREE_PUBLIC_OVERSEAS;
import static io.budgetwatch.events.KeyFigureNames.THREE_PUBLIC_RECEPTION;
import static io.budgetwatch.events.KeyFigureNames.THREE_PUBLIC_TOTAL;
import static io.budgetwatch.events.KeyFigureNames.THREE_PUBLIC_VEHICLE_OPERATION;
import static io.budgetwatch.events.KeyFigureNames.THREE_PUBLIC_VEHICLE_PURCHASE;
import static io.budgetwatch.events.KeyFigureNames.THREE_PUBLIC_VEHICLE_TOTAL;
import static io.budgetwatch.parse.claims.ClaimAssert.assertClaim;
import static io.budgetwatch.parse.claims.ClaimAssert.assertFrom;
import static io.budgetwatch.parse.claims.ClaimAssert.changed;
import static io.budgetwatch.parse.claims.ClaimAssert.count;
import static io.budgetwatch.parse.claims.ClaimAssert.only;
import static io.budgetwatch.parse.claims.ClaimAssert.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The claims of the three seed disclosures, with expected figures from ../shared/seeds/research (seed-000 §4.3
 * N1–N11, seed-001 §4.3 checks 55–67, seed-003 §3 and §4 A1–A21) and the seed texts themselves.
 */
class SeedClaimsTest {
    /** 石家庄市科学技术局 2023: pages marked in the text, narrative on printed pages 28–30. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Seed000 {
        private List<Claim> claims;

        @BeforeAll
        void extract() {
            claims = new ClaimExtractor().extract(SeedPages.markedPages("000_e80bc0d2d4933bd7.txt", 4));
        }

        @Test
        void incomeSentenceOnPage28() {
            Claim total = only(claims, INCOME_TOTAL, c -> c.change() == null);
            assertClaim(total, "13933.68", "万元", null, null, null);
            assertFrom(total, 28, "2023 年预算收入 13933.68 万元");
            assertClaim(only(claims, GENERAL_BUDGET_APPROPRIATION, c -> true), "13932.64", "万元", null, null, null);
            assertClaim(only(claims, GOVERNMENT_FUND_APPROPRIATION, c -> true), "0", "万元", null, null, null);
            Claim carryover = only(claims, CARRYOVER_INCOME, c -> true);
            assertEquals("上年财政拨款结转", carryover.subject());
            assertClaim(carryover, "1.04", "万元", null, null, null);
        }

        @Test
        void expenditureSentenceAfterThePage28FooterIsOnPage29() {
            Claim total = only(claims, EXPENDITURE_TOTAL, c -> c.change() == null);
            assertClaim(total, "13933.68", "万元", null, null, null);
            assertFrom(total, 29, "2023 年预算支出 13933.68 万元");
            assertClaim(only(claims, BASIC_EXPENDITURE, value("5827.79")), "5827.79", "万元", null, null, null);
            assertClaim(only(claims, PERSONNEL_EXPENDITURE, c -> true), "5383.91", "万元", null, null, null);
            Claim publicOperating = only(claims, PUBLIC_OPERATING_EXPENDITURE, c -> true);
            assertEquals("日常公用经费", publicOperating.subject());
            assertClaim(publicOperating, "443.88", "万元", null, null, null);
            assertClaim(only(claims, PROJECT_EXPENDITURE, value("8105.89")), "8105.89", "万元", null, null, null);
        }

        /** N8: −215.26 = +826.86 − 1042.12; the 2022 values are only implied. */
        @Test
        void changeAgainst2022() {
            for (String topic : List.of(INCOME_TOTAL, EXPENDITURE_TOTAL)) {
                Claim total = only(claims, topic, changed(DECREASE));
                assertEquals("预算收支安排", total.subject());
                assertClaim(total, "13933.68", "万元", DECREASE, "215.26", null);
            }
            assertClaim(only(claims, BASIC_EXPENDITURE, changed(INCREASE)), null, "万元", INCREASE, "826.86", null);
            assertClaim(only(claims, PROJECT_EXPENDITURE, changed(DECREASE)), null, "万元", DECREASE, "1042.12", null);
        }

        @Test
        void reasonClausesStateNoClaims() {
            // "主要原因是人员经费增加" explains the basic-expenditure change; it is not a personnel-expenditure claim.
            assertEquals(1, count(claims, PERSONNEL_EXPENDITURE));
        }

        @Test
        void organOperatingCosts() {
            Claim organ = only(claims, ORGAN_OPERATING_COSTS, c -> true);
            assertClaim(organ, "443.88", "万元", null, null, null);
            assertFrom(organ, 29, "机关运行经费共计安排 443.88 万元");
        }

        /** N10: 29.64 = 0 + 28.80 (0 + 28.8) + 0.84, all on page 29. */
        @Test
        void threePublicAmounts() {
            Map<String, String> expected = Map.of(THREE_PUBLIC_TOTAL, "29.64", THREE_PUBLIC_OVERSEAS, "0",
                    THREE_PUBLIC_VEHICLE_TOTAL, "28.80", THREE_PUBLIC_VEHICLE_PURCHASE, "0",
                    THREE_PUBLIC_VEHICLE_OPERATION, "28.8", THREE_PUBLIC_RECEPTION, "0.84");
            expected.forEach((topic, amount) -> {
                Claim claim = only(claims, topic, c -> c.value() != null);
                assertClaim(claim, amount, "万元", null, null, null);
                assertFrom(claim, 29, "“三公”经费预算安排 29.64 万元");
            });
            assertEquals("公务用车购置及运行维护费", only(claims, THREE_PUBLIC_VEHICLE_TOTAL, c -> true).subject());
        }

        /** N11: the change sentence starts on page 29 (与 2022 年) and continues on page 30 (相比，…). */
        @Test
        void threePublicChangesAcrossThePageBreak() {
            Claim total = only(claims, THREE_PUBLIC_TOTAL, changed(DECREASE));
            assertClaim(total, null, "万元", DECREASE, "2.8", null);
            assertFrom(total, 30, "与 2022 年相比，“三公”经费预算较上年相比减少 2.8 万元");
            assertClaim(only(claims, THREE_PUBLIC_VEHICLE_OPERATION, changed(DECREASE)), null, "万元", DECREASE, "2.8", null);
            for (String topic : List.of(THREE_PUBLIC_OVERSEAS, THREE_PUBLIC_VEHICLE_PURCHASE, THREE_PUBLIC_RECEPTION)) {
                Claim flat = only(claims, topic, changed(FLAT));
                assertClaim(flat, null, null, FLAT, null, null);
                assertFrom(flat, 30, "预算与上年持平，无增减变化");
            }
        }

        /** Performance tables mention 公务用车租赁费 ≤4.38 万元 and table pages repeat 公务接待费 0.84: no claims. */
        @Test
        void tablesAndPerformanceTargetsAddNothing() {
            assertEquals(2, count(claims, THREE_PUBLIC_RECEPTION));
            assertEquals(1, count(claims, THREE_PUBLIC_VEHICLE_TOTAL));
            assertEquals(2, count(claims, PROJECT_EXPENDITURE));
            assertTrue(claims.stream().allMatch(c -> c.page() >= 28 && c.page() <= 30), () -> claims.toString());
        }
    }

    /** 石家庄市科学技术协会 2023: one block of text without page marks. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Seed001 {
        private List<Claim> claims;

        @BeforeAll
        void extract() {
            claims = new ClaimExtractor().extract(SeedPages.onePage("001_f7d28c9f12c58918.txt"));
        }

        /** Checks 55–61. */
        @Test
        void incomeAndExpenditure() {
            assertEquals("预算收入总计", only(claims, INCOME_TOTAL, value("1578.32").and(c -> c.change() == null)).subject());
            assertClaim(only(claims, GENERAL_BUDGET_APPROPRIATION, c -> true), "1578.32", "万元", null, null, null);
            assertEquals("政府性基金收入", only(claims, GOVERNMENT_FUND_APPROPRIATION, value("0")).subject());
            assertClaim(only(claims, EXPENDITURE_TOTAL, c -> c.change() == null), "1578.32", "万元", null, null, null);
            assertClaim(only(claims, PERSONNEL_EXPENDITURE, c -> true), "1122.34", "万元", null, null, null);
            Claim publicOperating = only(claims, PUBLIC_OPERATING_EXPENDITURE, c -> true);
            assertEquals("正常公用经费", publicOperating.subject());
            assertClaim(publicOperating, "117.29", "万元", null, null, null);
            // 项目支出338.69万元（其中本级项目支出338.69万元，对下级补助0万元）: the parts are not the project total.
            assertClaim(only(claims, PROJECT_EXPENDITURE, value("338.69")), "338.69", "万元", null, null, null);
        }

        /** Checks 62–63: 102.08 = 76 + 26.08, with 76 printed without decimals. */
        @Test
        void changeAgainst2022() {
            assertClaim(only(claims, INCOME_TOTAL, changed(INCREASE)), "1578.32", "万元", INCREASE, "102.08", null);
            assertClaim(only(claims, EXPENDITURE_TOTAL, changed(INCREASE)), "1578.32", "万元", INCREASE, "102.08", null);
            assertClaim(only(claims, BASIC_EXPENDITURE, c -> true), null, "万元", INCREASE, "76", null);
            Claim project = only(claims, PROJECT_EXPENDITURE, changed(INCREASE));
            assertEquals("项目经费", project.subject());
            assertClaim(project, null, "万元", INCREASE, "26.08", null);
        }

        /** Check 65: 94.06 is stated but cannot be reproduced from the tables; it must still be extracted. */
        @Test
        void organOperatingCosts() {
            assertClaim(only(claims, ORGAN_OPERATING_COSTS, c -> true), "94.06", "万元", null, null, null);
        }

        /** Checks 66–67: 9.80 = 0 + 8.80 (0 + 8.80) + 1.00, each item 与上年持平. */
        @Test
        void threePublic() {
            assertClaim(only(claims, THREE_PUBLIC_TOTAL, c -> true), "9.80", "万元", null, null, null);
            assertClaim(only(claims, THREE_PUBLIC_OVERSEAS, c -> true), "0", "万元", FLAT, null, null);
            // 持平 follows the bracketed parts, so it belongs to the vehicle total, not to the last part.
            Claim vehicle = only(claims, THREE_PUBLIC_VEHICLE_TOTAL, c -> true);
            assertClaim(vehicle, "8.80", "万元", FLAT, null, null);
            assertFrom(vehicle, 1, "公务用车购置及运行维护费8.80万元(其中公务用车购置0万元");
            Claim purchase = only(claims, THREE_PUBLIC_VEHICLE_PURCHASE, c -> true);
            assertEquals("公务用车购置", purchase.subject());
            assertClaim(purchase, "0", "万元", null, null, null);
            assertClaim(only(claims, THREE_PUBLIC_VEHICLE_OPERATION, c -> true), "8.80", "万元", null, null, null);
            assertClaim(only(claims, THREE_PUBLIC_RECEPTION, c -> true), "1.00", "万元", FLAT, null, null);
        }
    }

    /** 石家庄高新区科技局 2021 (markdown-like text): figures of research §3, with the share-rounding discrepancy. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Seed003 {
        private List<Claim> claims;

        @BeforeAll
        void extract() {
            claims = new ClaimExtractor().extract(SeedPages.onePage("003_b42d9a5d5333706e.txt"));
        }

        /** A1–A6: growth amounts and rates. */
        @Test
        void incomeWithGrowthRatesAndShare() {
            Claim total = only(claims, INCOME_TOTAL, c -> c.percent() != null);
            assertEquals("本年收入总计", total.subject());
            assertClaim(total, "44999", "万元", INCREASE, "4606.21", "11.4");
            assertClaim(only(claims, GENERAL_BUDGET_APPROPRIATION, changed(INCREASE)), "44419", "万元", INCREASE, "4026.21", "9.97");
            assertClaim(only(claims, GENERAL_BUDGET_APPROPRIATION, c -> c.change() == null), "44419", "万元", null, null, "98.71");
            assertClaim(only(claims, GOVERNMENT_FUND_APPROPRIATION, c -> true), "0", "万元", null, null, null);
        }

        /** A7–A11: the stated shares 1.55% and 98.45% are each 0.01 off (1.54%, 98.46%); they are extracted as printed. */
        @Test
        void expenditureWithStatedShares() {
            assertClaim(only(claims, EXPENDITURE_TOTAL, c -> c.change() == null), "44999", "万元", null, null, null);
            assertClaim(only(claims, BASIC_EXPENDITURE, c -> c.change() == null), "695.17", "万元", null, null, "1.55");
            assertClaim(only(claims, PERSONNEL_EXPENDITURE, c -> true), "663.2", "万元", null, null, null);
            assertClaim(only(claims, PUBLIC_OPERATING_EXPENDITURE, c -> true), "31.97", "万元", null, null, null);
            assertClaim(only(claims, PROJECT_EXPENDITURE, c -> c.change() == null), "44303.83", "万元", null, null, "98.45");
            assertTrue(claims.stream().filter(c -> c.topic().equals(CARRYOVER_INCOME)).allMatch(c -> "580".equals(c.value())));
        }

        /** A13: 4606.21 = 255.7 + 4350.51. */
        @Test
        void changeAgainstLastYear() {
            assertClaim(only(claims, EXPENDITURE_TOTAL, changed(INCREASE)), "44999", "万元", INCREASE, "4606.21", null);
            assertClaim(only(claims, BASIC_EXPENDITURE, changed(INCREASE)), "695.17", "万元", INCREASE, "255.7", null);
            assertClaim(only(claims, PROJECT_EXPENDITURE, changed(INCREASE)), "44303.83", "万元", INCREASE, "4350.51", null);
            assertClaim(only(claims, ORGAN_OPERATING_COSTS, c -> true), "31.97", "万元", INCREASE, "6.37", null);
        }

        /** A19–A20 and §3: 2 = 0 + 0 + 2, unchanged (无增减变化 / 无变化 / 相同). */
        @Test
        void threePublic() {
            assertClaim(only(claims, THREE_PUBLIC_TOTAL, c -> true), "2", "万元", FLAT, null, null);
            assertClaim(only(claims, THREE_PUBLIC_OVERSEAS, c -> true), "0", "万元", null, null, null);
            assertClaim(only(claims, THREE_PUBLIC_VEHICLE_TOTAL, c -> true), "0", "万元", null, null, null);
            assertClaim(only(claims, THREE_PUBLIC_VEHICLE_OPERATION, c -> true), "0", "万元", FLAT, null, null);
            assertClaim(only(claims, THREE_PUBLIC_VEHICLE_PURCHASE, c -> true), "0", "万元", FLAT, null, null);
            assertClaim(only(claims, THREE_PUBLIC_RECEPTION, c -> true), "2", "万元", FLAT, null, null);
        }

        /** 全年完成财政预算支出达到 85%以上 is a performance target, not an expenditure share. */
        @Test
        void performanceTargetIsNotAClaim() {
            assertTrue(claims.stream().noneMatch(c -> "85".equals(c.percent())), () -> claims.toString());
            assertEquals(2, count(claims, EXPENDITURE_TOTAL));
        }
    }
}

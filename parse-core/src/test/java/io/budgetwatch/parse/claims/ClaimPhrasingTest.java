package io.budgetwatch.parse.claims;

import io.budgetwatch.events.Claim;
import io.budgetwatch.parse.PageText;
import io.budgetwatch.parse.text.CjkText;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.budgetwatch.events.Change.DECREASE;
import static io.budgetwatch.events.Change.FLAT;
import static io.budgetwatch.events.Change.INCREASE;
import static io.budgetwatch.events.KeyFigureNames.BASIC_EXPENDITURE;
import static io.budgetwatch.events.KeyFigureNames.EXPENDITURE_TOTAL;
import static io.budgetwatch.events.KeyFigureNames.INCOME_TOTAL;
import static io.budgetwatch.events.KeyFigureNames.PERSONNEL_EXPENDITURE;
import static io.budgetwatch.events.KeyFigureNames.PROJECT_EXPENDITURE;
import static io.budgetwatch.events.KeyFigureNames.THREE_PUBLIC_OVERSEAS;
import static io.budgetwatch.events.KeyFigureNames.THREE_PUBLIC_RECEPTION;
import static io.budgetwatch.events.KeyFigureNames.THREE_PUBLIC_TOTAL;
import static io.budgetwatch.events.KeyFigureNames.THREE_PUBLIC_VEHICLE_OPERATION;
import static io.budgetwatch.events.KeyFigureNames.THREE_PUBLIC_VEHICLE_PURCHASE;
import static io.budgetwatch.events.KeyFigureNames.THREE_PUBLIC_VEHICLE_TOTAL;
import static io.budgetwatch.parse.claims.ClaimAssert.assertClaim;
import static io.budgetwatch.parse.claims.ClaimAssert.assertFrom;
import static io.budgetwatch.parse.claims.ClaimAssert.changed;
import static io.budgetwatch.parse.claims.ClaimAssert.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Phrasings seen in 河北, 江苏 and 上海 disclosures, each reduced to the sentence that exercises it. */
class ClaimPhrasingTest {
    private final ClaimExtractor extractor = new ClaimExtractor();

    /** Each argument is one page, numbered from 1, normalised like the reader's output. */
    private List<Claim> extract(String... pages) {
        List<PageText> input = new ArrayList<>();
        for (String page : pages) {
            input.add(new PageText(input.size() + 1, CjkText.normalise(page)));
        }
        return extractor.extract(input);
    }

    @Test
    void oneSentenceGivesTheThreePublicTotalAndEveryItem() {
        List<Claim> claims = extract("2023年“三公”经费预算数为12.5万元，比上年减少3.2万元，下降20.4%，其中：因公出国（境）费0万元，"
                + "与上年持平；公务用车购置及运行费8万元，比上年减少3.2万元；公务接待费4.5万元，与上年持平。");
        assertClaim(only(claims, THREE_PUBLIC_TOTAL, c -> true), "12.5", "万元", DECREASE, "3.2", "20.4");
        Claim overseas = only(claims, THREE_PUBLIC_OVERSEAS, c -> true);
        assertEquals("因公出国(境)费", overseas.subject());
        assertClaim(overseas, "0", "万元", FLAT, null, null);
        assertClaim(only(claims, THREE_PUBLIC_VEHICLE_TOTAL, c -> true), "8", "万元", DECREASE, "3.2", null);
        assertClaim(only(claims, THREE_PUBLIC_RECEPTION, c -> true), "4.5", "万元", FLAT, null, null);
        assertEquals(4, claims.size());
    }

    @Test
    void sentenceWrappedOverLinesAndPagesKeepsItsFigureWhole() {
        List<Claim> claims = extract("三、机关运行经费安排情况\n2023年本部门公务接待费预算安排 0.84 万\n\n",
                "元，与上年持平。\n");
        Claim reception = only(claims, THREE_PUBLIC_RECEPTION, c -> true);
        assertClaim(reception, "0.84", "万元", FLAT, null, null);
        assertFrom(reception, 1, "2023年本部门公务接待费预算安排 0.84 万元，与上年持平。");
    }

    @Test
    void claimIsOnThePageItsSubjectIsPrintedOn() {
        List<Claim> claims = extract("“三公”经费预算安排 29.64 万元；与上年相比，\n\n\n28\n", "公务接待费减少 0.5 万元。");
        assertEquals(1, only(claims, THREE_PUBLIC_TOTAL, c -> true).page());
        assertEquals(2, only(claims, THREE_PUBLIC_RECEPTION, c -> true).page());
    }

    @Test
    void flatWithoutNumbersAppliesToEveryListedItem() {
        List<Claim> claims = extract("因公出国（境）费、公务用车购置费、公务接待费预算与上年持平，无增减变化。");
        for (String topic : List.of(THREE_PUBLIC_OVERSEAS, THREE_PUBLIC_VEHICLE_PURCHASE, THREE_PUBLIC_RECEPTION)) {
            assertClaim(only(claims, topic, c -> true), null, null, FLAT, null, null);
        }
    }

    @Test
    void flatWordsOfTheTemplates() {
        List<Claim> claims = extract("公务接待费2万元，较上年相同。公务用车运行费0万元，较上年无变化。"
                + "因公出国（境）费预算支出70万元，与上年预算数一致。");
        assertEquals(FLAT, only(claims, THREE_PUBLIC_RECEPTION, c -> true).change());
        assertEquals(FLAT, only(claims, THREE_PUBLIC_VEHICLE_OPERATION, c -> true).change());
        assertEquals(FLAT, only(claims, THREE_PUBLIC_OVERSEAS, c -> true).change());
    }

    @Test
    void amountsInYuanKeepTheirUnit() {
        List<Claim> claims = extract("公务接待费预算12,000元，比上年减少3,500元。");
        assertClaim(only(claims, THREE_PUBLIC_RECEPTION, c -> true), "12000", "元", DECREASE, "3500", null);
    }

    @Test
    void valueAndDeltaInDifferentUnitsAreSeparateClaims() {
        List<Claim> claims = extract("公务接待费1.2万元，比上年减少3000元。");
        assertClaim(only(claims, THREE_PUBLIC_RECEPTION, c -> c.value() != null), "1.2", "万元", DECREASE, null, null);
        assertClaim(only(claims, THREE_PUBLIC_RECEPTION, c -> c.value() == null), null, "元", DECREASE, "3000", null);
    }

    @Test
    void thousandsSeparatorsAreRemovedAndDecimalsKeptAsPrinted() {
        List<Claim> claims = extract("2025年，本部门收入预算37,151.47万元，比2024年预算执行数增加24,558.10万元。");
        assertClaim(only(claims, INCOME_TOTAL, c -> true), "37151.47", "万元", INCREASE, "24558.10", null);
    }

    /** A negative delta after 减少 is a disclosure mistake or a double negative: kept as printed for the rules. */
    @Test
    void negativeDeltaAfterDecreaseWordIsKept() {
        List<Claim> claims = extract("公务接待费5万元，比上年减少-3.2万元。");
        assertClaim(only(claims, THREE_PUBLIC_RECEPTION, c -> true), "5", "万元", DECREASE, "-3.2", null);
    }

    @Test
    void rangeIsNotANegativeNumber() {
        List<Claim> claims = extract("公务接待费30-40万元。");
        assertEquals("40", only(claims, THREE_PUBLIC_RECEPTION, c -> true).value());
    }

    @Test
    void changeRateWithDecimalsAndASpaceBeforePercent() {
        List<Claim> claims = extract("2019年本部门一般公共预算机关运行经费预算支出2232.91\n万元，与上年相比增加138.33万元，增长6.60 %。");
        Claim organ = only(claims, "organOperatingCosts", c -> true);
        assertClaim(organ, "2232.91", "万元", INCREASE, "138.33", "6.60");
    }

    /** A wrong direction word is extracted as printed; the rate's own contradicting word gives a second claim. */
    @Test
    void contradictingDirectionWordsAreBothKept() {
        List<Claim> claims = extract("公务接待费10万元，比上年增加2万元，下降16.7%。");
        assertClaim(only(claims, THREE_PUBLIC_RECEPTION, changed(INCREASE)), "10", "万元", INCREASE, "2", null);
        assertClaim(only(claims, THREE_PUBLIC_RECEPTION, changed(DECREASE)), "10", "万元", DECREASE, null, "16.7");
    }

    @Test
    void shareIsAPercentWithoutChange() {
        List<Claim> claims = extract("本年支出合计9,146.79万元，其中：基本支出5,916.27万元，占64.68%；项目支出3,123.68万元，占34.15%。");
        assertClaim(only(claims, BASIC_EXPENDITURE, c -> true), "5916.27", "万元", null, null, "64.68");
        assertClaim(only(claims, PROJECT_EXPENDITURE, c -> true), "3123.68", "万元", null, null, "34.15");
    }

    @Test
    void shareAndChangeRateInOneSentenceAreTwoClaims() {
        List<Claim> claims = extract("一般公共预算拨款 44419 万元，比上年增长 4026.21 万元，增长 9.97%，占全年预算 98.71%。");
        assertClaim(only(claims, "generalBudgetAppropriation", c -> c.change() != null), "44419", "万元", INCREASE, "4026.21", "9.97");
        assertClaim(only(claims, "generalBudgetAppropriation", c -> c.change() == null), "44419", "万元", null, null, "98.71");
    }

    @Test
    void denominatorOfAShareIsNotASubject() {
        List<Claim> claims = extract("因公出国（境）费支出70万元，占“三公”经费的13.77%；公务接待费支出27万元，占“三公”经费的5.31 %。");
        assertClaim(only(claims, THREE_PUBLIC_OVERSEAS, c -> true), "70", "万元", null, null, "13.77");
        assertClaim(only(claims, THREE_PUBLIC_RECEPTION, c -> true), "27", "万元", null, null, "5.31");
        assertTrue(claims.stream().noneMatch(c -> c.topic().equals(THREE_PUBLIC_TOTAL)));
    }

    @Test
    void priorYearFigureIsAReferenceClaimNamedByItsQualifier() {
        List<Claim> claims = extract("2023年“三公”经费预算数为12.5万元，上年预算数为15.7万元。");
        assertClaim(only(claims, THREE_PUBLIC_TOTAL, c -> c.subject().equals("“三公”经费")), "12.5", "万元", null, null, null);
        assertClaim(only(claims, THREE_PUBLIC_TOTAL, c -> c.subject().equals("上年预算数")), "15.7", "万元", null, null, null);
    }

    @Test
    void originalBudgetAndFinalAccountOfAFinalAccountsText() {
        List<Claim> claims = extract("“三公”经费财政拨款支出年初预算为0.95万元，支出决算为0.00万元，完成预算的0%。");
        assertClaim(only(claims, THREE_PUBLIC_TOTAL, c -> c.subject().equals("“三公”经费")), "0.00", "万元", null, null, "0");
        assertClaim(only(claims, THREE_PUBLIC_TOTAL, c -> c.subject().equals("年初预算")), "0.95", "万元", null, null, null);
    }

    @Test
    void earlierYearFigureInBracketsIsNotThisYearsValue() {
        List<Claim> claims = extract("2017 年度部门支出预算安排与 2016 年度相比（2016 年度部门支出预算安排为 8,648.07 万元），增加 498.72 万元。");
        assertClaim(only(claims, EXPENDITURE_TOTAL, changed(INCREASE)), null, "万元", INCREASE, "498.72", null);
        Claim earlier = only(claims, EXPENDITURE_TOTAL, c -> c.change() == null);
        assertEquals("2016 年度部门支出预算", earlier.subject());
        assertEquals("8648.07", earlier.value());
    }

    @Test
    void reasonClauseLendsNoDirectionAndMakesNoClaim() {
        List<Claim> claims = extract("基本支出695.17万元，比上年增加26万元，主要原因是人员经费比上年增加；"
                + "公务接待费2万元，主要原因是较上年减少了外宾接待。");
        assertClaim(only(claims, BASIC_EXPENDITURE, c -> true), "695.17", "万元", INCREASE, "26", null);
        assertClaim(only(claims, THREE_PUBLIC_RECEPTION, c -> true), "2", "万元", null, null, null);
        assertTrue(claims.stream().noneMatch(c -> c.topic().equals(PERSONNEL_EXPENDITURE)));
    }

    @Test
    void directionWordOutsideAComparisonIsNoChange() {
        List<Claim> claims = extract("调整优化重大项目支出结构，提高财政资金使用效益。财政拨款支出数与《部门一般公共预算基本支出预算表》的支出数一致。");
        assertEquals(List.of(), claims);
    }

    @Test
    void changeStatedInTheNextSentenceStaysWithItsSubject() {
        List<Claim> claims = extract("项目支出预算数为13025.38万元。\n与上年相比增加943.92万元，增长7.81%。");
        Claim project = only(claims, PROJECT_EXPENDITURE, c -> true);
        assertClaim(project, "13025.38", "万元", INCREASE, "943.92", "7.81");
    }

    @Test
    void unfilledTemplatePairStatesNoDirection() {
        List<Claim> claims = extract("（1）公务用车购置预算支出 0 万元，比上年预算增加（减少） 0 万元，增长（减少）0%。");
        assertClaim(only(claims, THREE_PUBLIC_VEHICLE_PURCHASE, c -> true), "0", "万元", null, "0", null);
    }

    @Test
    void economicClassificationLineIsNotTheThreePublicFigure() {
        List<Claim> claims = extract("（8）公务接待费（款）支出 16 万元。（11）公务用车运行维护费（款）支出 156.60 万元。");
        assertEquals(List.of(), claims);
    }

    @Test
    void oneSubjectForIncomeAndExpenditureGivesBothTotals() {
        List<Claim> claims = extract("2023 年预算收支安排 13933.68 万元，较 2022 年预算减少 215.26 万元。");
        assertClaim(only(claims, INCOME_TOTAL, c -> true), "13933.68", "万元", DECREASE, "215.26", null);
        assertClaim(only(claims, EXPENDITURE_TOTAL, c -> true), "13933.68", "万元", DECREASE, "215.26", null);
    }

    @Test
    void headingDoesNotJoinTheSentenceBelowIt() {
        List<Claim> claims = extract("四、财政拨款“三公”经费预算情况及增减变化原因\n2023年“三公”经费预算安排9.80万元。");
        Claim total = only(claims, THREE_PUBLIC_TOTAL, c -> true);
        assertEquals("2023年“三公”经费预算安排9.80万元。", total.sentence());
    }

    @Test
    void tableRowsYieldNoClaims() {
        List<Claim> claims = extract("""
                部门预算财政拨款“三公”经费支出表
                1
                “三公”经费小计
                29.64 29.64
                3 二、公务用车购置及运维费 28.80 28.80
                公务接待费\t0.84\t0.84
                成本指标 经济成本指标 公务用车租赁费 ≤4.38 万元 预算文本
                """);
        assertEquals(List.of(), claims);
    }
}

package io.budgetwatch.parse.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.budgetwatch.events.Change;
import io.budgetwatch.events.Claim;

/** The sentences of 江苏, 无锡 and 北京 texts that describe one 项 of the functional classification. */
class ItemStatementsTest {

    private static List<Claim> of(String text, String... headings) {
        return ItemStatements.of(new Sentence(text, new int[] {0}, new int[] {12}, List.of(headings)));
    }

    @Test
    void aSectionAndItemWithItsAmountChangeAndRateIsOneClaimUnderItsClassHeading() {
        List<Claim> claims = of("1. 人大事务(款)行政运行(项)支出7448.2万元，与上年相比增加1075.88万元，增长16.88%。",
                "一、一般公共服务(类)");

        assertEquals(1, claims.size());
        Claim claim = claims.get(0);
        assertEquals(Claim.CLASSIFICATION_ITEM, claim.topic());
        assertEquals("一般公共服务/人大事务/行政运行", claim.subject());
        assertEquals("7448.2", claim.value());
        assertEquals("万元", claim.unit());
        assertEquals(Change.INCREASE, claim.change());
        assertEquals("1075.88", claim.delta());
        assertEquals("16.88", claim.percent());
        assertEquals("项", claim.qualifier(), "never a department figure");
        assertEquals(12, claim.page());
    }

    @Test
    void spacedCharactersAStatedClassAndAnUnchangedItemAreRead() {
        Claim spaced = of("2.行政事业单位养老支出(款)机关事业单位职业年金缴费支出 ( 项 ) 支 出 45.02 万 元 ， 与 上 年 相 比 增 加 3.56 万 元").get(0);
        assertEquals("行政事业单位养老支出/机关事业单位职业年金缴费支出", spaced.subject());
        assertEquals("45.02", spaced.value());
        assertEquals("3.56", spaced.delta());

        Claim thousands = of("3.水利(款)水利工程建设(项)支出10,238万元，与上年相比增加9,668万元，增长1,696.14%。").get(0);
        assertEquals("10238", thousands.value());
        assertEquals("9668", thousands.delta());
        assertEquals("1696.14", thousands.percent(), "numbers as printed, without thousands separators");

        Claim same = of("住房保障支出(类)住房改革支出(款)提租补贴(项)支出68.96万元，与上年预算数相同。").get(0);
        assertEquals("住房保障支出/住房改革支出/提租补贴", same.subject());
        assertEquals(Change.FLAT, same.change());
    }

    @Test
    void aSentenceCutAfterItsTenThousandStillCarriesTheAmountInWan() {
        Claim cut = of("2. 人大事务(款)一般行政管理事务(项)支出2464.02万").get(0);
        assertEquals("2464.02", cut.value());
        assertEquals("万元", cut.unit());
    }

    @Test
    void aYearBeforeTheAmountOrNoAmountIsNoClaim() {
        assertEquals(List.of(), of("应急管理事务(款)行政运行(项)2026年预算数为708.96万元。"), "which number is the item's is not certain");
        assertEquals(List.of(), of("一般公共服务(类)信访事务(款)行政运行(项)。"));
    }

    @Test
    void aClassStatedOnItsOwnIsAClaimWithTheChangeAfterWhatItPaysFor() {
        // 苏州市数据局 p29: the change follows a clause without a number, joined as one sentence
        List<Claim> claims = of("(1)一般公共服务支出(类)支出4,523.04万元，主要用于苏州市数据局本级人员经费及项目经费。"
                + "与上年相比减少53,748.68万元，减少92.24%。");

        assertEquals(1, claims.size());
        Claim klass = claims.get(0);
        assertEquals(Claim.CLASS, klass.qualifier());
        assertEquals("一般公共服务支出", klass.subject());
        assertEquals("4523.04", klass.value());
        assertEquals(Change.DECREASE, klass.change());
        assertEquals("53748.68", klass.delta());
        assertEquals("92.24", klass.percent());
    }

    @Test
    void classesListedWithTheirSharesHaveNoChangeAndTheAmountBeforeANameIsNoPartOfIt() {
        List<Claim> claims = of("一般公共预算财政拨款支出2940.05万元，主要用于以下方面：一般公共服务支出(类)2106.66万元，"
                + "占71.73%；社会保障和就业支出(类)326.72万元，占11.11%；");
        assertEquals(List.of("一般公共服务支出", "社会保障和就业支出"), claims.stream().map(Claim::subject).toList());
        assertEquals(List.of("2106.66", "326.72"), claims.stream().map(Claim::value).toList());
        assertEquals(List.of(), claims.stream().filter(c -> c.change() != null || c.percent() != null).toList(),
                "占…% is a share, not a change");

        assertEquals("商品和服务支出", of("工资福利支出(类)2097.51万元商品和服务支出(类)1131.92万元").get(1).subject());
    }

    @Test
    void aClassOrItemIntroducedByItsOriginalBudgetOrLastYearIsNoFigureOfTheYear() {
        assertEquals(List.of(), of("一般公共服务支出(类)年初预算为2993.92万元，支出决算为2940.05万元。"));
        assertEquals(List.of(), of("人大事务(款)行政运行(项)上年预算为708.96万元。"));
        assertEquals(List.of(), of("一般公共服务支出(类)预算为2993.92万元，决算为2940.05万元。"),
                "beside a 决算, 预算 is the reference figure");
        assertEquals("708.96", of("人大事务(款)行政运行(项)预算数为708.96万元。").get(0).value());
    }
}

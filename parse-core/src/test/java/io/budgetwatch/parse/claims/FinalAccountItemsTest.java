package io.budgetwatch.parse.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.budgetwatch.events.Change;
import io.budgetwatch.events.Claim;

/** The item-by-item explanation of a 决算, in the sentences the national template (上海普陀 2024) splits it into. */
class FinalAccountItemsTest {

    private static List<Claim> of(String... sentences) {
        List<Sentence> split = java.util.Arrays.stream(sentences)
                .map(text -> new Sentence(text, new int[] {0}, new int[] {22}, List.of())).toList();
        return FinalAccountItems.of(split).stream().flatMap(List::stream).toList();
    }

    @Test
    void anItemGivesItsFinalFigureWithTheStatedComparisonAndItsOriginalBudget() {
        List<Claim> claims = of("1、一般公共服务支出(类)财政事务(款)行政运行(项)。", "主要用于：局本部人员经费及公用经费等的基本支出。",
                "年初预算为 1560.05万元，支出决算为1511.89万元，完成年初预算的96.91%。",
                "决算数小于预算数的主要原因：人员进出及退休变化，减少人员经费开支。");

        assertEquals(2, claims.size());
        Claim done = claims.get(0);
        assertEquals(Claim.CLASSIFICATION_ITEM, done.topic());
        assertEquals(Claim.FINAL, done.qualifier());
        assertEquals("一般公共服务支出/财政事务/行政运行", done.subject());
        assertEquals("1511.89", done.value());
        assertEquals("万元", done.unit());
        assertEquals(Change.DECREASE, done.change());
        assertEquals("96.91", done.percent());
        assertEquals(22, done.page());
        Claim budget = claims.get(1);
        assertEquals(Claim.ORIGINAL_BUDGET, budget.qualifier());
        assertEquals(done.subject(), budget.subject());
        assertEquals("1560.05", budget.value());
    }

    @Test
    void aNameWrappedOntoALineOfItsOwnAndALevelWordingAreRead() {
        List<Claim> claims = of("5、社会保障和就业支出(类)行政事业单位养老支出(款)机关事业单位基本养老", "保险缴费支出(项)。",
                "主要用于：在职人员的基本养老保险支出。", "年初预算为0.94万元，支出决算为0.94万元。", "决算数与预算数基本持平。");

        assertEquals("社会保障和就业支出/行政事业单位养老支出/机关事业单位基本养老保险缴费支出", claims.get(0).subject());
        assertEquals(Change.FLAT, claims.get(0).change());
        assertEquals(null, claims.get(0).percent(), "no completion rate stated");
    }

    @Test
    void figuresUnderAnotherHeadingOrWithoutAnItemAreNoItemsClaims() {
        assertEquals(List.of(), of("1、一般公共服务支出(类)财政事务(款)行政运行(项)。", "2、一般公共服务支出(类)财政事务(款)信息化建设(项)。",
                "主要用于：信息化系统日常维护费等支出。"), "no figures stated");
        assertEquals(List.of(), of("一般公共预算财政拨款支出年初预算为2993.92万元，支出决算为2940.05万元，完成年初预算的98.20%。"),
                "the department's total, not an item");
        List<Claim> next = of("1、一般公共服务支出(类)财政事务(款)行政运行(项)。", "2、一般公共服务支出(类)财政事务(款)信息化建设(项)。",
                "年初预算为135.90万元，支出决算为135.25万元。");
        assertEquals(List.of("一般公共服务支出/财政事务/信息化建设", "一般公共服务支出/财政事务/信息化建设"),
                next.stream().map(Claim::subject).toList(), "the figures belong to the heading right above them");
    }
}

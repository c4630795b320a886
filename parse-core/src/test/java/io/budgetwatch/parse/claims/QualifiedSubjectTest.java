package io.budgetwatch.parse.claims;

import static io.budgetwatch.events.KeyFigureNames.EXPENDITURE_TOTAL;
import static io.budgetwatch.events.KeyFigureNames.GENERAL_BUDGET_APPROPRIATION;
import static io.budgetwatch.events.KeyFigureNames.INCOME_TOTAL;
import static io.budgetwatch.events.KeyFigureNames.PERSONNEL_EXPENDITURE;
import static io.budgetwatch.events.KeyFigureNames.PUBLIC_OPERATING_EXPENDITURE;
import static io.budgetwatch.events.KeyFigureNames.THREE_PUBLIC_TOTAL;
import static io.budgetwatch.parse.claims.ClaimAssert.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.budgetwatch.events.Claim;
import io.budgetwatch.parse.PageText;
import io.budgetwatch.parse.text.CjkText;

/**
 * Sentences from real disclosures (corpus/wide) whose figure is not the department's as a whole: a qualifier in
 * front of the subject (a classification code, a transfer, a carry-over, a fund source of an all-funds figure) takes
 * the sentence over, and the claim says so in {@link Claim#qualifier()} so no department-level figure is compared
 * with it. The department's own figures in the same sentences stay unqualified.
 */
class QualifiedSubjectTest {

    @Test
    void aCodedClassBefore其中QualifiesEveryListedPart() {
        // 西安 (xa-225b0d00e2b8 p21): the parts of 对事业单位经常性补助(505), listed across ；as that producer does
        List<Claim> claims = extract("对事业单位经常性补助(505)2945.22万元, 其中：人员经费1903.54万元, 较上年增加226.87万元，"
                + "属正常变化;公用经费 75.66万元, 较上年减少 0.78万元，属正常变化。");
        String qualifier = ClaimAssert.only(claims, PERSONNEL_EXPENDITURE, value("1903.54")).qualifier();
        assertTrue(qualifier.startsWith("(505)"), qualifier);
        assertNotNull(ClaimAssert.only(claims, PUBLIC_OPERATING_EXPENDITURE, value("75.66")).qualifier());
    }

    @Test
    void aTransferQualifiesTheTotalItFollows() {
        // 深圳 (sz-5ea9b8ac6dd4 p17)
        Claim claim = ClaimAssert.only(extract("1.本单位上级专项转移支付支出预算支出29.15万元，无政府性基金预算支出和国有资本经营预算支出。"),
                EXPENDITURE_TOTAL, value("29.15"));
        assertTrue(claim.qualifier().startsWith("专项转移支付"), claim.qualifier());
    }

    @Test
    void aCarryOverQualifiesTheAppropriationItNamesButThisYearsDoesNot() {
        // 苏州 (suz-46f6c0744764 p31)
        List<Claim> income = extract("其中：本年一般公共预算收入64,090.74万元，占100%；本年政府性基金预算收入0万元，占0%；"
                + "上年结转结余的一般公共预算收入0万元，占0%。");
        assertNull(ClaimAssert.only(income, GENERAL_BUDGET_APPROPRIATION, value("64090.74")).qualifier());
        assertNotNull(ClaimAssert.only(income, GENERAL_BUDGET_APPROPRIATION, value("0")).qualifier(),
                "the carry-over's 一般公共预算收入 is not this year's appropriation");
    }

    @Test
    void theDepartmentsOwnFiguresStayUnqualified() {
        // 苏州 (suz-46f6c0744764 p7)
        List<Claim> claims = extract("苏州市数据局2026年收入预算合计64,090.74万元，包括本年收入64,090.74万元，上年结转结余0万元。");
        assertNull(ClaimAssert.only(claims, INCOME_TOTAL, value("64090.74")).qualifier());
    }

    @Test
    void aDocumentTitleNamesNoSubject() {
        // 国家信访局 (gjxfj-b50c5c76deb5 p46): 《项目支出绩效评价管理办法》 is a title, 1018.55 is one project's money
        List<Claim> claims = extract("根据《项目支出绩效评价管理办法》(财预〔2020〕10号)文件精神，本次评价聚焦全国信访信息系统维护费项目的目标及资金，"
                + "全年经费总额1018.55万元。");
        assertEquals(List.of(), claims.stream().filter(c -> "1018.55".equals(c.value()) && c.qualifier() == null)
                .toList());
    }

    @Test
    void beside决算TheBudgetFigureIsTheReference() {
        List<Claim> claims = extract("“三公”经费财政拨款支出预算为76.43万元，2024年度支出决算为46.21万元，完成预算的60.46%。");
        assertTrue(claims.stream().filter(c -> THREE_PUBLIC_TOTAL.equals(c.topic()) && "76.43".equals(c.value()))
                .allMatch(c -> "预算数".equals(c.subject())), claims.toString());
    }

    private static List<Claim> extract(String text) {
        return new ClaimExtractor().extract(List.of(new PageText(1, CjkText.normalise(text))));
    }
}

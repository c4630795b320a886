package io.budgetwatch.reconcile.corpus;

import static io.budgetwatch.reconcile.fixtures.Reports.critical;
import static io.budgetwatch.reconcile.fixtures.Reports.describe;
import static io.budgetwatch.reconcile.fixtures.Reports.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.budgetwatch.events.Change;
import io.budgetwatch.events.Claim;
import io.budgetwatch.events.DisclosureParsed;
import io.budgetwatch.events.Finding;
import io.budgetwatch.events.ReconciliationReport;
import io.budgetwatch.events.Severity;
import io.budgetwatch.reconcile.fixtures.Mutate;
import io.budgetwatch.reconcile.fixtures.Reports;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * What the text states 类 by 类 and 项 by 项, checked on real documents as printed and on edited copies: a 类 against
 * its table row (TXT-004), a 类's change against its 项's (TXT-006), a 决算's items against the table and against
 * their 年初预算 (TXT-004, TXT-007).
 */
class ItemStatementsCheckTest {
    /** 苏州市数据局 2026: seven 类 stated with their changes (p28-29), each printed in the tables. */
    private static final String CLASSES = "wide/suz-46f6c0744764.pdf";
    /** 苏州市交通运输局 2026: 住房保障支出 stated +15.96 万元 (p32), its three 项 +28.96 万元 together (p37). */
    private static final String CLASS_AND_ITEMS = "wide/suz-bfdf55f4c2ff.pdf";
    /** 上海普陀 财政局 决算 2024: eleven items, 年初预算 beside 支出决算 (p22). */
    private static final String FINAL = "pt-czj-2024-final.pdf";
    private static final String PRIOR_COLUMN = "wide/cq-3be48d9f27f2.pdf";
    private static final String ADMINISTRATION = "一般公共服务支出/财政事务/行政运行";

    @Test
    void classesAsPrintedAgreeWithTheirTableRows() {
        DisclosureParsed read = Corpus.read(CLASSES);
        assertEquals(7, classes(read).size(), "（1）一般公共服务支出（类）… （7）住房保障支出（类）");
        assertEquals(List.of(), findings(Corpus.check(CLASSES), "TXT-004"), describe(Corpus.check(CLASSES)));
    }

    @Test
    void aClassStatedWithAnotherAmountThanItsRowIsCritical() {
        DisclosureParsed read = Corpus.read(CLASSES);
        Claim first = classes(read).get(0);
        DisclosureParsed edited = edit(read, c -> c == first, c -> withValue(c, "4533.04"));

        Finding finding = Reports.only(Reports.check(edited), "TXT-004");
        assertEquals(Severity.CRITICAL, finding.severity());
        assertTrue(finding.message().contains("一般公共服务支出 4533.04 万元") && finding.message().contains("4523.04"),
                finding.message());
    }

    @Test
    void aClassWhoseChangeIsNotItsItemsChangesIsFound() {
        ReconciliationReport report = Corpus.check(CLASS_AND_ITEMS);
        Finding finding = Reports.only(report, "TXT-006");
        assertEquals(Severity.WARNING, finding.severity());
        assertTrue(finding.message().contains("住房保障支出 所述较上年变化 15.96 万元")
                && finding.message().contains("28.96"), finding.message());
        assertEquals(4, finding.evidence().size(), "the 类's sentence and its three 项's");
        assertEquals(List.of(), critical(report), describe(report));
    }

    @Test
    void aClassWhoseChangeIsItsItemsChangesIsConsistent() {
        DisclosureParsed read = Corpus.read(CLASS_AND_ITEMS);
        Claim housing = classes(read).stream().filter(c -> c.subject().equals("住房保障支出")).findFirst().orElseThrow();
        DisclosureParsed edited = edit(read, c -> c == housing, c -> new Claim(c.topic(), c.subject(), c.value(),
                c.unit(), c.change(), "28.96", c.percent(), c.page(), c.sentence(), c.qualifier()));

        assertEquals(List.of(), findings(Reports.check(edited), "TXT-006"));
    }

    @Test
    void aFinalAccountsItemsAgreeWithTheTableAndTheirBudgetAsPrinted() {
        ReconciliationReport report = Corpus.check(FINAL);
        assertEquals(List.of(), findings(report, "TXT-004"), describe(report));
        assertEquals(List.of(), findings(report, "TXT-007"), describe(report));
        // the 三公 决算 table prints 0.95 as 预算数 and leaves its 决算数 blank: the text's 0.00 contradicts nothing
        assertEquals(List.of(), critical(report), describe(report));
    }

    /**
     * The same document's 三公 决算 table (p18) prints 公务接待费 预算数 0.95 and leaves its 决算数 blank; the text (p23)
     * says 公务接待费支出决算为0.00万元. Edited to 0.95 the text states the budget as the 决算: the blank 决算数
     * column, not the 预算数 beside it, is what it contradicts.
     */
    @Test
    void aThreePublicFinalStatedAsItsBudgetContradictsTheBlankFinalColumn() {
        DisclosureParsed edited = Mutate.claim(Corpus.read(FINAL), "threePublicReception",
                c -> "0.00".equals(c.value()), c -> withValue(c, "0.95"));

        Finding finding = Reports.only(Reports.check(edited), "3P-003");
        assertEquals(Severity.CRITICAL, finding.severity());
        assertTrue(finding.message().contains("公务接待费 0.95 万元") && finding.message().contains("0.00"),
                finding.message());
    }

    @Test
    void aFinalItemStatedWithAnotherAmountThanItsRowIsCritical() {
        DisclosureParsed edited = editFinal(c -> withValue(c, "1521.89"));

        Finding finding = Reports.only(Reports.check(edited), "TXT-004");
        assertEquals(Severity.CRITICAL, finding.severity());
        assertTrue(finding.message().contains("1521.89") && finding.message().contains("1511.89"), finding.message());
    }

    @Test
    void aFinalItemCalledLargerThanItsBudgetOrWithAWrongCompletionRateIsFound() {
        DisclosureParsed larger = editFinal(c -> new Claim(c.topic(), c.subject(), c.value(), c.unit(),
                Change.INCREASE, null, null, c.page(), c.sentence(), c.qualifier()));
        Finding wording = Reports.only(Reports.check(larger), "TXT-007");
        assertEquals(Severity.WARNING, wording.severity());
        assertTrue(wording.message().contains("决算数 1511.89 万元、年初预算 1560.05 万元，却称决算数大于预算数"),
                wording.message());

        // 1511.89 / 1560.05 = 96.913 %
        DisclosureParsed rate = editFinal(c -> new Claim(c.topic(), c.subject(), c.value(), c.unit(), c.change(),
                null, "97.91", c.page(), c.sentence(), c.qualifier()));
        Finding completion = Reports.only(Reports.check(rate), "TXT-007");
        assertTrue(completion.message().contains("完成年初预算 97.91%"), completion.message());
        DisclosureParsed right = editFinal(c -> new Claim(c.topic(), c.subject(), c.value(), c.unit(), c.change(),
                null, "96.91", c.page(), c.sentence(), c.qualifier()));
        assertEquals(List.of(), findings(Reports.check(right), "TXT-007"));
    }

    /**
     * 重庆市人民政府办公厅 2026 prints 2025年预算数 beside 2026 in its 一般公共预算支出表 (201: 12679.50 → 15146.48) but
     * states no 类 by itself; edited as 江苏 texts state it, the change must lead back to the printed 上年 figure.
     */
    @Test
    void aStatedChangeThatDoesNotLeadBackToThePriorYearColumnIsFound() {
        DisclosureParsed read = Corpus.read(PRIOR_COLUMN);
        String sentence = "一般公共服务支出(类)支出15,146.48万元，与上年相比增加2,466.98万元。";
        DisclosureParsed consistent = Mutate.addClaim(read, new Claim(Claim.CLASSIFICATION_ITEM, "一般公共服务支出",
                "15146.48", "万元", Change.INCREASE, "2466.98", null, 5, sentence, Claim.CLASS));
        assertEquals(List.of(), findings(Reports.check(consistent), "TXT-008"), "15146.48 − 2466.98 = 12679.50");

        DisclosureParsed edited = Mutate.addClaim(read, new Claim(Claim.CLASSIFICATION_ITEM, "一般公共服务支出",
                "15146.48", "万元", Change.INCREASE, "2476.98", null, 5, sentence.replace("2,466", "2,476"),
                Claim.CLASS));
        Finding finding = Reports.only(Reports.check(edited), "TXT-008");
        assertEquals(Severity.WARNING, finding.severity());
        assertTrue(finding.message().contains("较上年增加 2476.98 万元，所指上年数 12669.50")
                && finding.message().contains("12679.50"), finding.message());
    }

    private static List<Claim> classes(DisclosureParsed read) {
        return read.claims().stream().filter(c -> Claim.CLASSIFICATION_ITEM.equals(c.topic())
                && Claim.CLASS.equals(c.qualifier())).toList();
    }

    private static DisclosureParsed editFinal(UnaryOperator<Claim> change) {
        return edit(Corpus.read(FINAL), c -> Claim.FINAL.equals(c.qualifier()) && ADMINISTRATION.equals(c.subject()),
                change);
    }

    private static DisclosureParsed edit(DisclosureParsed read, Predicate<Claim> which, UnaryOperator<Claim> change) {
        return Mutate.claim(read, Claim.CLASSIFICATION_ITEM, which, change);
    }

    private static Claim withValue(Claim c, String value) {
        return new Claim(c.topic(), c.subject(), value, c.unit(), c.change(), c.delta(), c.percent(), c.page(),
                c.sentence(), c.qualifier());
    }
}

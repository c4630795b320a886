package io.budgetwatch.reconcile.corpus;

import static io.budgetwatch.reconcile.fixtures.Reports.assertAmount;
import static io.budgetwatch.reconcile.fixtures.Reports.describe;
import static io.budgetwatch.reconcile.fixtures.Reports.findings;
import static io.budgetwatch.reconcile.fixtures.Reports.only;
import static io.budgetwatch.reconcile.fixtures.Reports.wan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.budgetwatch.events.Claim;
import io.budgetwatch.events.DisclosureParsed;
import io.budgetwatch.events.Finding;
import io.budgetwatch.events.ReconciliationReport;
import io.budgetwatch.events.Severity;
import io.budgetwatch.reconcile.Reconciler;
import io.budgetwatch.reconcile.RuleSettings;
import io.budgetwatch.reconcile.fixtures.Mutate;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Year over year on real data: the same 江苏 departments in consecutive years, each year's 情况说明 checked with last
 * year's as the stored prior disclosure. Every figure below was read in both PDFs.
 */
class JiangsuYearOverYearTest {
    private static final List<String> YEAR_OVER_YEAR_RULES = List.of("3P-006", "YOY-001", "YOY-002");

    /**
     * 2019 against 2018: 人大 因公出国 199.25 “比上年预算减少 23.25” = 222.5 − 23.25 and 接待 384.75 “减少 42.75” = 427.5 −
     * 42.75 (2019 p16, 2018 p28); 省委办公厅 70 / 411.20 / 27 “与上年预算数一致” = 2018 p11; 政协 出国 106 “与上年数一致”
     * and 接待 397.5 “减少 15” = 412.50 − 15 (2019 p16, 2018 p14). Changes of −10 % stay under the ±30 % swing.
     */
    @ParameterizedTest
    @ValueSource(strings = {"js-renda", "js-swbgt", "js-zxbgt"})
    void lastYearsDisclosureAgreesWithEveryStatedChange(String department) {
        ReconciliationReport report = Corpus.check(department + "-2019.pdf", department + "-2018.pdf");
        for (String rule : YEAR_OVER_YEAR_RULES) {
            assertEquals(List.of(), findings(report, rule), department + describe(report));
        }
    }

    /**
     * The same 政协 2019 text against the 2017 disclosure instead: 2017 p19 prints 出国 76 and 接待 443.50, which 2019's
     * “与上年数一致” (106) and “减少 15” (412.5) contradict — the check a rewritten prior year would fail.
     */
    @Test
    void aPriorYearThatIsNotTheOneTheTextDescribesIsCaught() {
        ReconciliationReport report = Corpus.check("js-zxbgt-2019.pdf", "js-zxbgt-2017.pdf");
        List<Finding> found = findings(report, "3P-006");
        assertEquals(2, found.size(), describe(report));
        Finding overseas = found.stream().filter(f -> f.message().contains("因公出国")).findFirst().orElseThrow();
        assertEquals(Severity.CRITICAL, overseas.severity());
        assertAmount(wan("76"), overseas.actual());
        assertAmount(wan("106"), overseas.expected());
        Finding reception = found.stream().filter(f -> f.message().contains("公务接待费")).findFirst().orElseThrow();
        assertAmount(wan("443.50"), reception.actual());
        assertAmount(wan("412.50"), reception.expected());
    }

    /**
     * 政协 2018 against 2017: 因公出国 106 “比上年预算增加 30 万元” (2018 p14) = 76 + 30 (2017 p19) — consistent, but a
     * +39.5 % swing a monitoring team wants to hear about (warning, with the reason printed: 临时性出访任务增加).
     */
    @Test
    void aLargeSwingInOverseasTravelIsReported() {
        ReconciliationReport report = Corpus.check("js-zxbgt-2018.pdf", "js-zxbgt-2017.pdf");
        assertEquals(List.of(), findings(report, "3P-006"), describe(report));
        Finding swing = only(report, "YOY-002");
        assertEquals(Severity.WARNING, swing.severity());
        assertTrue(swing.message().startsWith("“三公”经费：因公出国（境）费 由上年 76.00 万元 变为 106.00 万元，变化 39.4737%"),
                swing.message());
        assertEquals(14, swing.evidence().get(0).page());
    }
    /**
     * 政协 2018 (说明 with its 公开表) against the 2017 公开表: every 类 and 项 the 2018 text states with a change leads back
     * to the line as 2017 printed it, in the table that states it in the same scope (江苏's 类 are of all funds, as
     * the 收支总表 prints them); the first of them edited to a change 10 万元 larger no longer does.
     */
    @Test
    void everyClassAndItemChangeLeadsBackToLastYearsLine() {
        DisclosureParsed text = Corpus.read("js-zxbgt-2018.pdf");
        DisclosureParsed tables = Corpus.read("js-zxbgt-2018-tables.pdf");
        DisclosureParsed lastYear = Corpus.read("js-zxbgt-2017-tables.pdf");
        Reconciler reconciler = new Reconciler(RuleSettings.defaults());
        assertEquals(List.of(), findings(reconciler.check(text, tables, lastYear), "YOY-001"),
                describe(reconciler.check(text, tables, lastYear)));

        Claim first = text.claims().stream().filter(c -> Claim.CLASSIFICATION_ITEM.equals(c.topic())
                && c.value() != null && c.delta() != null).findFirst().orElseThrow();
        String larger = new BigDecimal(first.delta()).add(BigDecimal.TEN).toPlainString();
        DisclosureParsed edited = Mutate.claim(text, Claim.CLASSIFICATION_ITEM, c -> c == first,
                c -> new Claim(c.topic(), c.subject(), c.value(), c.unit(), c.change(), larger, c.percent(), c.page(),
                        c.sentence(), c.qualifier()));
        Finding finding = only(reconciler.check(edited, tables, lastYear), "YOY-001");
        assertEquals(Severity.WARNING, finding.severity());
        assertTrue(finding.message().contains(first.subject()) && finding.message().contains(larger)
                && finding.message().contains("上年公开的"), finding.message());
    }
}

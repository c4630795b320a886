package io.budgetwatch.reconcile.corpus;

import static io.budgetwatch.reconcile.fixtures.Reports.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.budgetwatch.events.Claim;
import io.budgetwatch.events.DisclosureParsed;
import io.budgetwatch.events.Evidence;
import io.budgetwatch.events.Finding;
import io.budgetwatch.events.KeyFigureNames;
import io.budgetwatch.events.ReconciliationReport;
import io.budgetwatch.events.Severity;
import io.budgetwatch.reconcile.DisclosureHalves;
import io.budgetwatch.reconcile.Reconciler;
import io.budgetwatch.reconcile.RuleSettings;
import io.budgetwatch.reconcile.fixtures.Mutate;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 江苏 (说明 and 公开表) and 北京 (附件1 情况说明 and 附件2 报表) publish one disclosure as two files: checked together,
 * the text's figures meet the tables, and every piece of evidence says which file its page is in.
 */
class DisclosureHalvesTest {
    private static final Reconciler RECONCILER = new Reconciler(RuleSettings.defaults());

    @ParameterizedTest
    @ValueSource(strings = {"js-renda-2019", "js-swbgt-2017", "js-swbgt-2018", "js-swbgt-2019", "js-zxbgt-2017",
        "js-zxbgt-2018", "js-zxbgt-2019", "wide/bj-8bdb2f82a804|wide/bj-51db56b04284"})
    void theTwoFilesOfOneDisclosureAreCheckedAsOneWithoutACriticalFinding(String disclosure) {
        DisclosureParsed text = Corpus.read(textFile(disclosure));
        DisclosureParsed tables = Corpus.read(tablesFile(disclosure));

        ReconciliationReport alone = RECONCILER.check(text, null);
        ReconciliationReport joined = RECONCILER.check(text, tables, null);

        assertEquals(List.of(), joined.findings().stream().filter(f -> f.severity() == Severity.CRITICAL).toList(),
                describe(joined));
        assertTrue(joined.stats().skipped() < alone.stats().skipped(), "the text-vs-table rules run: "
                + joined.stats() + " against " + alone.stats() + " for the text alone");
        for (Finding finding : joined.findings()) {
            assertTrue(!finding.message().startsWith("文档未含任何标准表") && !finding.message().contains("未含情况说明"),
                    "neither half is reported missing: " + finding.message());
        }
        assertEquals(List.of(), joined.findings().stream()
                .filter(f -> f.ruleId().equals("CMP-003") || f.ruleId().equals("CMP-004")).toList(),
                "the sections of the text are found");
    }

    /** The text of js-renda-2019 edited: its 支出总计 stated 10 万元 higher than the tables half prints it. */
    @Test
    void aFigureTheTextStatesOtherwiseThanTheTablesIsCriticalWithEachPieceOfEvidenceInItsFile() {
        DisclosureParsed text = Mutate.claim(Corpus.read("js-renda-2019.pdf"), KeyFigureNames.EXPENDITURE_TOTAL,
                c -> c.value() != null, c -> new Claim(c.topic(), c.subject(),
                        new BigDecimal(c.value()).add(BigDecimal.TEN).toPlainString(), c.unit(), c.change(),
                        c.delta(), c.percent(), c.page(), c.sentence(), c.qualifier()));
        DisclosureParsed tables = Corpus.read("js-renda-2019-tables.pdf");

        for (boolean textArrives : List.of(true, false)) {
            ReconciliationReport report = textArrives ? RECONCILER.check(text, tables, null)
                    : RECONCILER.check(tables, text, null);
            Finding stated = report.findings().stream().filter(f -> f.ruleId().equals("TXT-001")
                    && f.severity() == Severity.CRITICAL).findFirst().orElseThrow(() -> new AssertionError(
                            "the edited 支出总计 is found: " + describe(report)));
            assertTrue(stated.message().contains("18340.37"), stated.message());
            Evidence sentence = stated.evidence().stream().filter(e -> e.sentence() != null).findFirst().orElseThrow();
            Evidence cell = stated.evidence().stream().filter(e -> e.table() != null).findFirst().orElseThrow();
            assertEquals(textArrives ? null : text.documentId(), sentence.documentId(), "the sentence is in the text");
            assertEquals(textArrives ? tables.documentId() : null, cell.documentId(), "the cell is in the tables");
        }
    }

    /**
     * 北京 应急管理局: the text (附件1 p5) states 基本支出预算921.33万元; the tables (附件2, in 万元 to six decimals)
     * print 921.324552, which rounds to 921.32. The text's last digit is rounded the wrong way: a warning naming it,
     * not a critical alert; a figure off by more than that unit stays critical.
     */
    @Test
    void aStatedFigureOneUnitOfItsLastDigitOffIsARoundingSlipWarning() {
        DisclosureParsed text = Corpus.read("wide/bj-8bdb2f82a804.pdf");
        DisclosureParsed tables = Corpus.read("wide/bj-51db56b04284.pdf");

        Finding slip = RECONCILER.check(text, tables, null).findings().stream()
                .filter(f -> f.ruleId().equals("TXT-001") && f.message().contains("921.33")).findFirst()
                .orElseThrow();
        assertEquals(Severity.WARNING, slip.severity());
        assertTrue(slip.message().contains("921.324552") && slip.message().contains("末位不一致"), slip.message());

        DisclosureParsed further = Mutate.claim(text, KeyFigureNames.BASIC_EXPENDITURE,
                c -> "921.33".equals(c.value()), c -> new Claim(c.topic(), c.subject(), "921.34", c.unit(),
                        c.change(), c.delta(), c.percent(), c.page(), c.sentence(), c.qualifier()));
        Finding wrong = RECONCILER.check(further, tables, null).findings().stream()
                .filter(f -> f.ruleId().equals("TXT-001") && f.message().contains("921.34")).findFirst()
                .orElseThrow();
        assertEquals(Severity.CRITICAL, wrong.severity());
    }

    /**
     * js-renda-2019 p12 states 人大事务（款）行政运行（项）支出7448.2万元, as its 一般公共预算支出表 prints 2010101; edited
     * to 7458.2, the 项 no longer matches its row.
     */
    @Test
    void anItemTheTextStatesOtherwiseThanItsRowIsCritical() {
        DisclosureParsed text = Corpus.read("js-renda-2019.pdf");
        DisclosureParsed tables = Corpus.read("js-renda-2019-tables.pdf");
        String item = "一般公共服务/人大事务/行政运行";
        assertTrue(text.claims().stream().anyMatch(c -> c.topic().equals(Claim.CLASSIFICATION_ITEM)
                && c.subject().equals(item) && "7448.2".equals(c.value())), "the 项 is read with its 款 and 类");
        assertEquals(List.of(), RECONCILER.check(text, tables, null).findings().stream()
                .filter(f -> f.ruleId().equals("TXT-004")).toList(), "as printed, every 项 matches its row");

        DisclosureParsed edited = Mutate.claim(text, Claim.CLASSIFICATION_ITEM, c -> c.subject().equals(item),
                c -> new Claim(c.topic(), c.subject(), "7458.2", c.unit(), c.change(), c.delta(), c.percent(),
                        c.page(), c.sentence(), c.qualifier()));
        Finding finding = RECONCILER.check(edited, tables, null).findings().stream()
                .filter(f -> f.ruleId().equals("TXT-004")).findFirst().orElseThrow();
        assertEquals(Severity.CRITICAL, finding.severity());
        assertTrue(finding.message().contains("7458.2") && finding.message().contains("2010101"), finding.message());
    }

    @Test
    void aFileIsJoinedOnlyWithTheOtherHalfOfItsOwnDisclosure() {
        DisclosureParsed text = Corpus.read("js-renda-2019.pdf");

        assertTrue(DisclosureHalves.join(text, Corpus.read("js-swbgt-2019-tables.pdf")).isEmpty(),
                "another department's tables");
        assertTrue(DisclosureHalves.join(text, Corpus.read("js-zxbgt-2019.pdf")).isEmpty(), "two texts");
        assertTrue(DisclosureHalves.join(text, Corpus.read("js-renda-2019-tables.pdf")).isPresent());
    }

    private static String textFile(String disclosure) {
        return (disclosure.contains("|") ? disclosure.split("\\|")[0] : disclosure) + ".pdf";
    }

    private static String tablesFile(String disclosure) {
        return (disclosure.contains("|") ? disclosure.split("\\|")[1] : disclosure + "-tables") + ".pdf";
    }
}

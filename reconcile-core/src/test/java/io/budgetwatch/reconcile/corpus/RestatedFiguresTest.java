package io.budgetwatch.reconcile.corpus;

import static io.budgetwatch.reconcile.fixtures.Reports.describe;
import static io.budgetwatch.reconcile.fixtures.Reports.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.budgetwatch.events.Claim;
import io.budgetwatch.events.DisclosureParsed;
import io.budgetwatch.events.Finding;
import io.budgetwatch.events.KeyFigureNames;
import io.budgetwatch.events.ReconciliationReport;
import io.budgetwatch.reconcile.fixtures.Mutate;
import io.budgetwatch.reconcile.fixtures.Reports;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * seed-003 p2 states its 收入总计 44999 万元 twice, each time 较上年增加 4606.21 万元: as printed the two agree; with the
 * second change edited to 4616.21 the figure carries two changes, and one of them is wrong.
 */
class RestatedFiguresTest {
    private static final String FILE = "seed-003.pdf";

    @Test
    void aFigureStatedTwiceWithTheSameChangeIsConsistent() {
        assertEquals(List.of(), findings(Corpus.check(FILE), "TXT-005"), describe(Corpus.check(FILE)));
    }

    @Test
    void aFigureStatedTwiceWithTwoChangesIsFound() {
        DisclosureParsed read = Corpus.read(FILE);
        List<Claim> stated = read.claims().stream().filter(c -> c.topic().equals(KeyFigureNames.INCOME_TOTAL)
                && "44999".equals(c.value()) && c.delta() != null && c.qualifier() == null).toList();
        assertTrue(stated.size() >= 2 && !stated.get(0).sentence().equals(stated.get(1).sentence()),
                "stated twice, in two sentences: " + stated);
        String second = stated.get(1).sentence();
        DisclosureParsed edited = Mutate.claim(read, KeyFigureNames.INCOME_TOTAL,
                c -> c.sentence().equals(second) && "44999".equals(c.value()) && c.delta() != null,
                c -> new Claim(c.topic(), c.subject(), c.value(), c.unit(), c.change(), "4616.21", c.percent(),
                        c.page(), c.sentence(), c.qualifier()));

        ReconciliationReport report = Reports.check(edited);
        Finding finding = findings(report, "TXT-005").stream().findFirst()
                .orElseThrow(() -> new AssertionError(describe(report)));
        assertTrue(finding.message().contains("增加 4606.21 万元") && finding.message().contains("增加 4616.21 万元"),
                finding.message());
        assertEquals(2, finding.evidence().size(), "both sentences");
    }
}

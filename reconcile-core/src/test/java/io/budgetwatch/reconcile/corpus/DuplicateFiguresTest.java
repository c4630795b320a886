package io.budgetwatch.reconcile.corpus;

import static io.budgetwatch.reconcile.fixtures.Reports.critical;
import static io.budgetwatch.reconcile.fixtures.Reports.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.budgetwatch.events.ColumnKeys;
import io.budgetwatch.events.DisclosureParsed;
import io.budgetwatch.events.Finding;
import io.budgetwatch.events.ReconciliationReport;
import io.budgetwatch.events.Severity;
import io.budgetwatch.events.TableTypes;
import io.budgetwatch.reconcile.fixtures.Mutate;
import io.budgetwatch.reconcile.fixtures.Reports;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The same figure printed twice, as XBRL's duplicate facts: 上海普陀 财政局 决算 2024 prints 社会保障和就业支出 326.71
 * on its 收入支出决算总表 (p6) and 326.72 on its 支出决算表 (p10). The rounding intervals touch, so the interval rule
 * alone passes them; at equal precision the two must be equal: a warning naming the last digit, not a critical.
 */
class DuplicateFiguresTest {
    private static final String FILE = "pt-czj-2024-final.pdf";

    @Test
    void theSameFigurePrintedWithAnotherLastDigitIsAWarning() {
        ReconciliationReport report = Corpus.check(FILE);
        Finding finding = Reports.only(report, "XT-004");
        assertEquals(Severity.WARNING, finding.severity());
        assertTrue(finding.message().contains("326.71") && finding.message().contains("326.72")
                && finding.message().contains("末位不一致"), finding.message());
        assertEquals(List.of(), critical(report), describe(report));
    }

    @Test
    void theSameFigurePrintedFurtherApartIsCritical() {
        DisclosureParsed edited = Mutate.cell(Corpus.read(FILE), TableTypes.EXPENDITURE_SUMMARY, "208",
                ColumnKeys.TOTAL, "326.92");

        Finding finding = Reports.only(Reports.check(edited), "XT-004");
        assertEquals(Severity.CRITICAL, finding.severity());
        assertTrue(finding.message().contains("326.92") && finding.message().contains("超出容差"), finding.message());
    }
}

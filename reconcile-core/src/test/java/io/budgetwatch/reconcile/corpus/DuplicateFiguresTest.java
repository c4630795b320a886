package io.budgetwatch.reconcile.corpus;

import static io.budgetwatch.reconcile.fixtures.Reports.critical;
import static io.budgetwatch.reconcile.fixtures.Reports.describe;
import static io.budgetwatch.reconcile.fixtures.Reports.findings;
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
 * on its 收入支出决算总表 (p6) and in the 一般公共预算 column of its 财政拨款收入支出决算总表 (p12), 326.72 on its
 * 支出决算表 (p10) and 一般公共预算财政拨款支出决算表 (p15). The rounding intervals touch, so the interval rule alone
 * passes them; at equal precision the two must be equal: a warning naming the last digit, not a critical.
 */
class DuplicateFiguresTest {
    private static final String FILE = "pt-czj-2024-final.pdf";

    @Test
    void theSameFigurePrintedWithAnotherLastDigitIsAWarning() {
        ReconciliationReport report = Corpus.check(FILE);
        List<Finding> found = findings(report, "XT-004");
        assertEquals(List.of("收入支出决算总表", "财政拨款收入支出决算总表"),
                found.stream().map(f -> f.message().substring(0, f.message().indexOf('：'))).toList(), describe(report));
        for (Finding finding : found) {
            assertEquals(Severity.WARNING, finding.severity());
            assertTrue(finding.message().contains("社会保障和就业支出") && finding.message().contains("326.71")
                    && finding.message().contains("326.72") && finding.message().contains("末位不一致"),
                    finding.message());
        }
        assertEquals(List.of(), critical(report), describe(report));
    }

    @Test
    void theSameFigurePrintedFurtherApartIsCritical() {
        DisclosureParsed edited = Mutate.cell(Corpus.read(FILE), TableTypes.EXPENDITURE_SUMMARY, "208",
                ColumnKeys.TOTAL, "326.92");

        List<Finding> found = findings(Reports.check(edited), "XT-004");
        assertEquals(2, found.size(), "the 收支总表 and the 支出总表");
        Finding finding = found.stream().filter(f -> f.message().contains("326.92")).findFirst().orElseThrow();
        assertEquals(Severity.CRITICAL, finding.severity());
        assertTrue(finding.message().contains("超出容差"), finding.message());
    }

    /** The 财政拨款收支总表's 一般公共服务支出 in its 一般公共预算 column, 2106.66, edited against the 一般公共预算 table's 201. */
    @Test
    void aClassLineOfTheFiscalSummaryAgainstTheGeneralBudgetTable() {
        DisclosureParsed edited = Mutate.cell(Corpus.read(FILE), TableTypes.FISCAL_APPROPRIATION_SUMMARY,
                "expenditure:一般公共服务支出", ColumnKeys.GENERAL_BUDGET, "2116.66");

        Finding finding = findings(Reports.check(edited), "XT-004").stream()
                .filter(f -> f.message().contains("2116.66")).findFirst().orElseThrow();
        assertEquals(Severity.CRITICAL, finding.severity());
        assertTrue(finding.message().contains("一般公共预算财政拨款支出表 201") && finding.message().contains("2106.66"),
                finding.message());
    }
}

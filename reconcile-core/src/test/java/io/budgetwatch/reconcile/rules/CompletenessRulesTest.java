package io.budgetwatch.reconcile.rules;

import static io.budgetwatch.reconcile.fixtures.Reports.check;
import static io.budgetwatch.reconcile.fixtures.Reports.describe;
import static io.budgetwatch.reconcile.fixtures.Reports.findings;
import static io.budgetwatch.reconcile.fixtures.Reports.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.budgetwatch.events.DisclosureParsed;
import io.budgetwatch.events.Finding;
import io.budgetwatch.events.KeyFigureNames;
import io.budgetwatch.events.ReconciliationReport;
import io.budgetwatch.events.TableTypes;
import io.budgetwatch.events.Severity;
import io.budgetwatch.events.Warning;
import io.budgetwatch.reconcile.document.Figures;
import io.budgetwatch.reconcile.fixtures.Mutate;
import io.budgetwatch.reconcile.fixtures.Seed000;
import java.util.List;
import org.junit.jupiter.api.Test;

/** completeness rules, and the promise that a partly read document gives one finding instead of a storm. */
class CompletenessRulesTest {
    private static final DisclosureParsed SEED = Seed000.disclosure();

    @Test
    void cmp001_aMissingStandardTableIsNamed() {
        Finding finding = only(check(Mutate.withoutTable(SEED, TableTypes.THREE_PUBLIC_EXPENDITURE)), "CMP-001");
        assertEquals("缺少标准表 1 张：财政拨款“三公”经费支出表", finding.message());
    }

    @Test
    void cmp001_tablesDeclaredEmptyCountAsPresent() {
        // seed-000 prints 政府性基金 and 国有资本经营 tables with only a 空表列示 note
        assertEquals(List.of(), findings(check(SEED), "CMP-001"));
    }

    @Test
    void cmp002_aFlaggedTableIsSkippedAndReportedOnceInsteadOfAStormOfImbalances() {
        // the reader mangled 一般公共预算支出表 (pages 18-20) and said so
        DisclosureParsed mangled = Mutate.cell(Mutate.cell(SEED, TableTypes.GENERAL_BUDGET_EXPENDITURE, "2060101",
                "total", "1358.30"), TableTypes.GENERAL_BUDGET_EXPENDITURE, "合计", "basic", "5872.79");
        ReconciliationReport unflagged = check(mangled);
        assertTrue(arithmeticOn(unflagged, TableTypes.GENERAL_BUDGET_EXPENDITURE).size() >= 4, describe(unflagged));

        ReconciliationReport flagged = check(Mutate.warning(mangled,
                new Warning("ruling_lines_missing", "表格线缺失，列位置按空白推断", 18)));
        assertEquals(List.of(), arithmeticOn(flagged, TableTypes.GENERAL_BUDGET_EXPENDITURE), describe(flagged));
        Finding reading = only(flagged, "CMP-002");
        assertEquals("《部门预算一般公共预算财政拨款支出表》（第18页）读取不完整，其数字未参与核对：表格线缺失，列位置按空白推断",
                reading.message());
        assertEquals(Severity.INFO, reading.severity(), "a reading defect is never an alert-worthy finding");
        assertTrue(flagged.stats().skipped() > check(SEED).stats().skipped());
    }

    @Test
    void cmp002_aCleanReadingSaysNothing() {
        assertEquals(List.of(), findings(check(SEED), "CMP-002"));
    }

    @Test
    void cmp003_threePublicExplanationMissing() {
        DisclosureParsed doc = Mutate.withoutClaims(SEED, Figures.THREE_PUBLIC);
        assertEquals("情况说明未见“三公”经费的数字说明", only(check(doc), "CMP-003").message());
    }

    @Test
    void cmp004_organOperatingCostsExplanationMissing() {
        DisclosureParsed doc = Mutate.withoutClaims(SEED, List.of(KeyFigureNames.ORGAN_OPERATING_COSTS));
        assertEquals("情况说明未见机关运行经费的数字说明", only(check(doc), "CMP-004").message());
        assertEquals(List.of(), findings(check(SEED), "CMP-004"));
    }

    /** Findings that take numbers from {@code table}. */
    /** Findings that took numbers from {@code table} (the incomplete-reading finding names it but reads none). */
    private static List<Finding> arithmeticOn(ReconciliationReport report, String table) {
        return report.findings().stream().filter(f -> !f.ruleId().equals("CMP-002"))
                .filter(f -> f.evidence().stream().anyMatch(e -> table.equals(e.table()))).toList();
    }
}

package io.budgetwatch.reconcile;

import static io.budgetwatch.reconcile.fixtures.Reports.assertAmount;
import static io.budgetwatch.reconcile.fixtures.Reports.check;
import static io.budgetwatch.reconcile.fixtures.Reports.critical;
import static io.budgetwatch.reconcile.fixtures.Reports.describe;
import static io.budgetwatch.reconcile.fixtures.Reports.findings;
import static io.budgetwatch.reconcile.fixtures.Reports.only;
import static io.budgetwatch.reconcile.fixtures.Reports.wan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.budgetwatch.events.Finding;
import io.budgetwatch.events.ReconciliationReport;
import io.budgetwatch.events.Severity;
import io.budgetwatch.events.TableTypes;
import io.budgetwatch.reconcile.fixtures.Seed000;
import io.budgetwatch.reconcile.fixtures.Seed001;
import io.budgetwatch.reconcile.fixtures.Seed003;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every discrepancy the seed research notes list as a real inconsistency, found by a rule, with the notes' numbers.
 * Observations the notes call soft, unverifiable or informational are not findings (see docs/RULES.md).
 */
class SeedDiscrepanciesTest {

    @Nested
    class Seed000ScienceBureau2023 {
        private final ReconciliationReport report = check(Seed000.disclosure());

        /** Notes §4.6 A1: 322.8 + 0 + 331.55 + 1571.17 = 2225.52 vs 资产总额 2236.31 (Δ 10.79, unexplained). */
        @Test
        void a1_assetTotalIsNotTheSumOfItsClasses() {
            Finding finding = report.findings().stream().filter(f -> f.ruleId().equals("BAL-003")).findFirst()
                    .orElseThrow(() -> new AssertionError(describe(report)));
            assertEquals(Severity.CRITICAL, finding.severity());
            assertAmount(wan("2236.31"), finding.actual());
            assertAmount(wan("2225.52"), finding.expected());
            assertAmount(wan("10.79"), finding.difference());
            assertEquals(TableTypes.ASSETS, finding.evidence().get(0).table());
            assertEquals(102, finding.evidence().get(0).page());
            assertTrue(finding.message().contains("资产总额 2236.31 万元"), finding.message());
        }

        /** Notes §4.2 X19 / §5.1: ≥12.34 万元 of project car rental outside T9's 28.80 = basic 30231; 三公 ≥ 41.98. */
        @Test
        void x19_projectCarRentalIsNotCountedInThreePublic() {
            Finding finding = only(report, "3P-007");
            assertEquals(Severity.WARNING, finding.severity());
            assertAmount(wan("29.64"), finding.actual());
            assertAmount(wan("41.98"), finding.expected());
            assertAmount(wan("-12.34"), finding.difference());
            assertTrue(finding.message().contains("公务用车租赁 12.34 万元"), finding.message());
        }

        /** Notes §4.3 N19: L1348 cites a 项目支出表; there is no such table. */
        @Test
        void n19_textRefersToAProjectExpenditureTableTheDocumentLacks() {
            Finding finding = only(report, "CMP-005");
            assertEquals(Severity.WARNING, finding.severity());
            assertTrue(finding.message().contains("项目支出表"), finding.message());
            assertEquals(29, finding.evidence().get(0).page());
        }

        /** Notes §4.1-4.3: every table sum, cross-table equality and narrative figure holds to the cent. */
        @Test
        void theStandardTablesAndTheTextHoldTogether() {
            assertEquals(List.of("BAL-003"), critical(report).stream().map(Finding::ruleId).toList(), describe(report));
            assertEquals(Set.of("BAL-003", "3P-007", "CMP-005"),
                    Set.copyOf(report.findings().stream().map(Finding::ruleId).toList()), describe(report));
        }
    }

    @Nested
    class Seed001ScienceAssociation2023 {
        private final ReconciliationReport report = check(Seed001.disclosure());

        /** Notes §4.4 item 1: projects #3 and #13 rent cars for 8.76; car line would be 17.56, 三公 18.56. */
        @Test
        void projectCarRentalIsNotCountedInThreePublic() {
            Finding finding = only(report, "3P-007");
            assertEquals(Severity.WARNING, finding.severity());
            assertAmount(wan("9.80"), finding.actual());
            assertAmount(wan("18.56"), finding.expected());
            assertAmount(wan("-8.76"), finding.difference());
            assertTrue(finding.message().contains("公务用车租赁 8.76 万元"), finding.message());
        }

        /** Notes §4.4 item 3: L488 refers to 项目支出表, which neither the 目录 nor the body contains. */
        @Test
        void textRefersToAProjectExpenditureTableTheDocumentLacks() {
            Finding finding = only(report, "CMP-005");
            assertEquals(Severity.WARNING, finding.severity());
            assertTrue(finding.evidence().get(0).sentence().contains("项目支出表"));
            assertEquals(23, finding.evidence().get(0).page());
        }

        /** Notes §4.4: "There are no arithmetic FAILs" — a consistent document yields no critical finding. */
        @Test
        void aConsistentDocumentHasNoCriticalFinding() {
            assertEquals(List.of(), critical(report), describe(report));
            assertEquals(Set.of("3P-007", "CMP-005"),
                    Set.copyOf(report.findings().stream().map(Finding::ruleId).toList()), describe(report));
        }
    }

    @Nested
    class Seed003HighTechZone2021 {
        private final ReconciliationReport report = check(Seed003.disclosure());

        /** Notes §1, §7.1: all 9 standard budget tables are absent from this file — said once, not table by table. */
        @Test
        void allNineStandardTablesAreMissing() {
            Finding finding = only(report, "CMP-001");
            assertEquals(Severity.WARNING, finding.severity());
            assertTrue(finding.message().startsWith("文档未含任何标准表（9 张均缺）"), finding.message());
        }

        /** Notes §4 A10: 695.17 / 44999 = 1.54486% → 1.54%, the text says 1.55%. */
        @Test
        void a10_basicExpenditureShareIsMisrounded() {
            Finding finding = share("基本支出");
            assertTrue(finding.message().contains("1.55%") && finding.message().contains("1.5449%"),
                    finding.message());
        }

        /** Notes §4 A11: 44303.83 / 44999 = 98.45514% → 98.46%, the text says 98.45%. */
        @Test
        void a11_projectExpenditureShareIsMisrounded() {
            Finding finding = share("项目支出");
            assertTrue(finding.message().contains("98.45%") && finding.message().contains("98.4551%"),
                    finding.message());
        }

        /** Notes §4 A1-A9, A12-A24: every other stated sum, growth rate and share holds; nothing is critical. */
        @Test
        void theTextIsOtherwiseConsistent() {
            assertEquals(List.of(), critical(report), describe(report));
            assertEquals(2, findings(report, "TXT-002").size(), describe(report));
            assertEquals(3, report.findings().size(), describe(report));
        }

        private Finding share(String subject) {
            Finding finding = findings(report, "TXT-002").stream()
                    .filter(f -> f.message().startsWith("情况说明：" + subject + "占比")).findFirst()
                    .orElseThrow(() -> new AssertionError(describe(report)));
            assertEquals(Severity.WARNING, finding.severity());
            return finding;
        }
    }
}

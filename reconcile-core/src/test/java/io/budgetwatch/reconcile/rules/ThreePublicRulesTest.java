package io.budgetwatch.reconcile.rules;

import static io.budgetwatch.events.KeyFigureNames.THREE_PUBLIC_OVERSEAS;
import static io.budgetwatch.events.KeyFigureNames.THREE_PUBLIC_RECEPTION;
import static io.budgetwatch.events.KeyFigureNames.THREE_PUBLIC_TOTAL;
import static io.budgetwatch.events.KeyFigureNames.THREE_PUBLIC_VEHICLE_OPERATION;
import static io.budgetwatch.events.KeyFigureNames.THREE_PUBLIC_VEHICLE_PURCHASE;
import static io.budgetwatch.events.KeyFigureNames.THREE_PUBLIC_VEHICLE_TOTAL;
import static io.budgetwatch.reconcile.fixtures.Reports.check;
import static io.budgetwatch.reconcile.fixtures.Reports.describe;
import static io.budgetwatch.reconcile.fixtures.Reports.findings;
import static io.budgetwatch.reconcile.fixtures.Reports.only;
import static io.budgetwatch.reconcile.rules.BalanceRulesTest.assertNumbers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.budgetwatch.events.Change;
import io.budgetwatch.events.Claim;
import io.budgetwatch.events.DisclosureParsed;
import io.budgetwatch.events.Finding;
import io.budgetwatch.events.ReconciliationReport;
import io.budgetwatch.events.Row;
import io.budgetwatch.events.Severity;
import io.budgetwatch.events.Table;
import io.budgetwatch.events.TableTypes;
import io.budgetwatch.reconcile.fixtures.DisclosureBuilder;
import io.budgetwatch.reconcile.fixtures.Mutate;
import io.budgetwatch.reconcile.fixtures.Seed000;
import java.util.List;
import org.junit.jupiter.api.Test;

/** three_public rules on seed-000's “三公” table (29.64 = 0 + 28.80 + 0.84) and its text (−2.8 vs 2022). */
class ThreePublicRulesTest {
    private static final DisclosureParsed SEED = Seed000.disclosure();

    @Test
    void p001_totalIsNotOverseasPlusVehiclesPlusReception() {
        ReconciliationReport report = check(Mutate.cell(SEED, TableTypes.THREE_PUBLIC_EXPENDITURE,
                THREE_PUBLIC_TOTAL, "amount", "29.74"));
        Finding finding = only(report, "3P-001");
        assertEquals(Severity.CRITICAL, finding.severity());
        assertNumbers(finding, "29.74", "29.64", "0.10", "0.015"); // the blank 出国 cell adds no tolerance
        assertEquals(25, finding.evidence().get(0).page());
    }

    @Test
    void p002_vehicleTotalIsNotPurchasePlusOperation() {
        ReconciliationReport report = check(Mutate.cell(SEED, TableTypes.THREE_PUBLIC_EXPENDITURE,
                THREE_PUBLIC_VEHICLE_TOTAL, "amount", "28.08"));
        assertNumbers(only(report, "3P-002"), "28.08", "28.80", "-0.72", "0.01");
    }

    @Test
    void p003_textStatesAnotherReceptionFigureThanTheTable() {
        ReconciliationReport report = check(Mutate.claim(SEED, THREE_PUBLIC_RECEPTION, c -> c.value() != null,
                c -> withValue(c, "0.94", "万元")));
        Finding finding = only(report, "3P-003");
        assertNumbers(finding, "0.94", "0.84", "0.10", "0.01");
        assertEquals(29, finding.evidence().get(0).page());
        assertTrue(finding.evidence().get(0).sentence().contains("公务接待费 0.84 万元"));
        assertEquals(25, finding.evidence().get(1).page());
    }

    @Test
    void p003_theSameFigureInYuanAndInTenThousandsAgrees() {
        DisclosureParsed inYuan = Mutate.claim(SEED, THREE_PUBLIC_RECEPTION, c -> c.value() != null,
                c -> withValue(c, "8400", "元"));
        assertEquals(List.of(), findings(check(inYuan), "3P-003"));
        DisclosureParsed offByHundred = Mutate.claim(SEED, THREE_PUBLIC_RECEPTION, c -> c.value() != null,
                c -> withValue(c, "8500", "元"));
        assertEquals(1, findings(check(offByHundred), "3P-003").size());
    }

    @Test
    void p004_vehicleOperationFallsShortOfTheBasicExpenditureLine() {
        ReconciliationReport report = check(Mutate.cell(SEED, TableTypes.THREE_PUBLIC_EXPENDITURE,
                THREE_PUBLIC_VEHICLE_OPERATION, "amount", "20.00"));
        Finding finding = only(report, "3P-004");
        assertNumbers(finding, "20.00", "28.80", "-8.80", "0.01");
        assertTrue(finding.message().contains("< 一般公共预算财政拨款基本支出表 30231 公务用车运行维护费"),
                finding.message());
    }

    @Test
    void p004_threePublicMayExceedTheBasicExpenditureLine() {
        DisclosureParsed more = Mutate.cell(SEED, TableTypes.THREE_PUBLIC_EXPENDITURE,
                THREE_PUBLIC_VEHICLE_OPERATION, "amount", "30.00");
        assertEquals(List.of(), findings(check(more), "3P-004"));
    }

    @Test
    void p008_directionWordContradictsTheAmountIsWordingNotArithmetic() {
        ReconciliationReport report = check(Mutate.claim(SEED, THREE_PUBLIC_TOTAL, c -> c.delta() != null,
                c -> new Claim(c.topic(), c.subject(), c.value(), c.unit(), Change.INCREASE, "-2.8", null, c.page(),
                        c.sentence())));
        Finding finding = only(report, "3P-008");
        assertTrue(finding.message().contains("增加 -2.8 万元") && finding.message().contains("增减措辞与数额不符"),
                finding.message());
        assertEquals(Severity.INFO, finding.severity());
    }

    @Test
    void p005_statedChangeAgreesWithThePreviousYearColumn() {
        assertEquals(List.of(), findings(check(withPreviousYearColumn("32.44", "31.60")), "3P-005"));
    }

    @Test
    void p005_statedChangeDisagreesWithThePreviousYearColumn() {
        ReconciliationReport report = check(withPreviousYearColumn("33.44", "31.60"));
        Finding finding = only(report, "3P-005");
        // stated −2.8 vs printed 29.64 − 33.44 = −3.80
        assertNumbers(finding, "-2.8", "-3.80", "1.00", "0.06");
    }

    @Test
    void p009_statedPercentMustBeTheChangeOverLastYearAndIsAWarning() {
        // 2.8 / (29.64 + 2.8) = 8.631 %
        DisclosureParsed right = Mutate.claim(SEED, THREE_PUBLIC_TOTAL, c -> c.delta() != null,
                c -> withPercent(c, "8.63"));
        assertEquals(List.of(), findings(check(right), "3P-009"));
        DisclosureParsed wrong = Mutate.claim(SEED, THREE_PUBLIC_TOTAL, c -> c.delta() != null,
                c -> withPercent(c, "9.63"));
        Finding finding = only(check(wrong), "3P-009");
        assertTrue(finding.message().contains("增减率 9.63% ≠ 增减额 / 上年数 -8.6313%"), finding.message());
        assertEquals(Severity.WARNING, finding.severity(), "a rate is derived from two printed numbers");
    }

    @Test
    void p006_lastYearsDisclosureAgreesWithTheStatedChange() {
        // notes N11: implied 2022 三公 32.44, 运维 31.60, 接待 0.84
        assertEquals(List.of(), findings(check(SEED, lastYear("32.44", "31.60")), "3P-006"));
    }

    @Test
    void p006_lastYearsDisclosureContradictsTheStatedChange() {
        ReconciliationReport report = check(SEED, lastYear("35.00", "34.16"));
        List<Finding> found = findings(report, "3P-006");
        assertEquals(2, found.size(), describe(report)); // the total and 运行维护费 both claim −2.8
        Finding total = found.stream().filter(f -> f.message().contains("“三公”经费合计")).findFirst().orElseThrow();
        assertEquals(Severity.CRITICAL, total.severity());
        assertNumbers(total, "35.00", "32.44", "2.56", "0.06");
    }

    @Test
    void p007_aCarRentalProjectWithATargetTableOfItsOwnIsFoundByTheTableTitle() {
        // as the reader prints seed-001 p19: one 绩效目标表 per project, the budget in its 成本指标 row
        DisclosureParsed perProject = Mutate.table(SEED, TableTypes.PERFORMANCE_TARGETS, t -> {
            Row rental = t.rows().stream().filter(r -> r.name().startsWith("46、")).findFirst().orElseThrow();
            Row cost = new Row(null, "成本指标", 0, null, rental.role(), null, rental.cells(), rental.page());
            return new Table(t.type(), "46、公务用车租赁费绩效目标表", t.pages(), t.unit(), false, null, t.columns(),
                    List.of(cost), t.reading());
        });
        Finding finding = only(check(perProject), "3P-007");
        assertNumbers(finding, "29.64", "37.60", "-7.96", "0.015");
        assertTrue(finding.message().contains("公务用车租赁 7.96 万元（公务用车租赁费绩效目标表 7.96 万元）"),
                finding.message());
    }

    @Test
    void p007_noWarningWhenTheCarFigureAlreadyExceedsBasicExpenditure() {
        DisclosureParsed rentalsIncluded = Mutate.cell(Mutate.cell(Mutate.cell(SEED,
                TableTypes.THREE_PUBLIC_EXPENDITURE, THREE_PUBLIC_VEHICLE_OPERATION, "amount", "41.14"),
                TableTypes.THREE_PUBLIC_EXPENDITURE, THREE_PUBLIC_VEHICLE_TOTAL, "amount", "41.14"),
                TableTypes.THREE_PUBLIC_EXPENDITURE, THREE_PUBLIC_TOTAL, "amount", "41.98");
        assertEquals(List.of(), findings(check(rentalsIncluded), "3P-007"));
    }

    /** seed-000 with a 上年数 column in the “三公” table. */
    private static DisclosureParsed withPreviousYearColumn(String total, String vehicles) {
        DisclosureParsed doc = SEED;
        doc = Mutate.cell(doc, TableTypes.THREE_PUBLIC_EXPENDITURE, THREE_PUBLIC_TOTAL, "previousYear", total);
        doc = Mutate.cell(doc, TableTypes.THREE_PUBLIC_EXPENDITURE, THREE_PUBLIC_VEHICLE_TOTAL, "previousYear",
                vehicles);
        doc = Mutate.cell(doc, TableTypes.THREE_PUBLIC_EXPENDITURE, THREE_PUBLIC_VEHICLE_OPERATION, "previousYear",
                vehicles);
        return Mutate.cell(doc, TableTypes.THREE_PUBLIC_EXPENDITURE, THREE_PUBLIC_RECEPTION, "previousYear",
                "0.84");
    }

    /** The department's 2022 disclosure, “三公” table only. */
    static DisclosureParsed lastYear(String total, String vehicles) {
        return DisclosureBuilder.budget("石家庄市科学技术局", "306", "河北省石家庄市", 2022)
                .table(TableTypes.THREE_PUBLIC_EXPENDITURE, "部门预算财政拨款“三公”经费支出表", t -> t
                        .columns("amount=合计").page(25)
                        .threePublic(THREE_PUBLIC_TOTAL, "“三公”经费小计", total)
                        .threePublic(THREE_PUBLIC_OVERSEAS, "一、因公出国（境）费")
                        .threePublic(THREE_PUBLIC_VEHICLE_TOTAL, "二、公务用车购置及运维费", vehicles)
                        .threePublic(THREE_PUBLIC_VEHICLE_PURCHASE, "其中：公务用车购置费")
                        .threePublic(THREE_PUBLIC_VEHICLE_OPERATION, "公务用车运行维护费", vehicles)
                        .threePublic(THREE_PUBLIC_RECEPTION, "三、公务接待费", "0.84"))
                .build();
    }

    private static Claim withValue(Claim c, String value, String unit) {
        return new Claim(c.topic(), c.subject(), value, unit, c.change(), c.delta(), c.percent(), c.page(),
                c.sentence());
    }

    private static Claim withPercent(Claim c, String percent) {
        return new Claim(c.topic(), c.subject(), c.value(), c.unit(), c.change(), c.delta(), percent, c.page(),
                c.sentence());
    }
}

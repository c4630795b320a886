package io.budgetwatch.parse.corpus;

import static io.budgetwatch.parse.corpus.Arithmetic.namedRowsAddUp;
import static io.budgetwatch.parse.corpus.Arithmetic.parentsEqualChildren;
import static io.budgetwatch.parse.corpus.Arithmetic.rowsAddUp;
import static io.budgetwatch.parse.corpus.Arithmetic.totalRowEqualsClasses;
import static io.budgetwatch.parse.corpus.Figures.assertBalanced;
import static io.budgetwatch.parse.corpus.Figures.assertFigure;
import static io.budgetwatch.parse.corpus.Figures.assertSum;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.budgetwatch.events.ColumnKeys;
import io.budgetwatch.events.DisclosureKind;
import io.budgetwatch.events.DisclosureParsed;
import io.budgetwatch.events.KeyFigureNames;
import io.budgetwatch.events.Row;
import io.budgetwatch.events.Table;
import io.budgetwatch.events.TableTypes;
import io.budgetwatch.events.Warning;

/**
 * 河北/石家庄 layout (seed-000 科学技术局, seed-001 科学技术协会, seed-003 高新区科技局 情况说明). Expected figures were
 * read off the PDFs (pdftotext -layout) and each is cross-checked against another place in the document.
 */
class HebeiSeedTest {
    private static final String S000 = "seed-000.pdf";
    private static final String S001 = "seed-001.pdf";
    private static final String WAN = "万元";

    @Test
    void seed000Identity() {
        DisclosureParsed parsed = Corpus.read(S000);
        assertEquals("石家庄市科学技术局", parsed.department().name());
        assertEquals("306", parsed.department().code());
        assertEquals("河北省石家庄市", parsed.department().region());
        assertEquals(2023, parsed.year());
        assertEquals(DisclosureKind.BUDGET, parsed.kind());
        assertEquals(WAN, parsed.unit());
        assertEquals(22, parsed.pages());
    }

    @Test
    void seed000HasAllStandardTablesWithTheEmptyOnesDeclared() {
        DisclosureParsed parsed = Corpus.read(S000);
        assertEquals(List.of(), parsed.quality().tablesMissing());
        assertTrue(parsed.quality().tablesFound().containsAll(TableTypes.STANDARD));
        for (String type : List.of(TableTypes.GOVERNMENT_FUND_EXPENDITURE, TableTypes.STATE_CAPITAL_EXPENDITURE)) {
            Table table = Corpus.table(S000, type);
            assertTrue(table.empty(), type);
            assertTrue(table.note().contains("空表列示"), table.note());
            assertEquals(List.of(), table.rows(), "no column header row may leak into the rows of " + type);
            assertEquals(List.of(ColumnKeys.TOTAL, ColumnKeys.BASIC, ColumnKeys.PROJECT),
                    table.columns().stream().map(c -> c.key()).toList());
        }
    }

    @Test
    void seed000KeyFiguresAgreeWithEachOther() {
        DisclosureParsed parsed = Corpus.read(S000);
        String summary = TableTypes.INCOME_EXPENDITURE_SUMMARY;
        assertEquals(2, assertFigure(parsed, KeyFigureNames.INCOME_TOTAL, "13933.68", WAN, summary).page());
        assertFigure(parsed, KeyFigureNames.EXPENDITURE_TOTAL, "13933.68", WAN, summary);
        assertFigure(parsed, KeyFigureNames.CURRENT_YEAR_INCOME, "13932.64", WAN, summary);
        assertFigure(parsed, KeyFigureNames.CARRYOVER_INCOME, "1.04", WAN, summary);
        assertFigure(parsed, KeyFigureNames.GENERAL_BUDGET_APPROPRIATION, "13932.64", WAN, summary);
        assertFigure(parsed, KeyFigureNames.BASIC_EXPENDITURE, "5827.79", WAN, TableTypes.EXPENDITURE_SUMMARY);
        assertFigure(parsed, KeyFigureNames.PROJECT_EXPENDITURE, "8105.89", WAN, TableTypes.EXPENDITURE_SUMMARY);
        String basic = TableTypes.GENERAL_BUDGET_BASIC_EXPENDITURE;
        assertFigure(parsed, KeyFigureNames.PERSONNEL_EXPENDITURE, "5383.91", WAN, basic);
        assertFigure(parsed, KeyFigureNames.PUBLIC_OPERATING_EXPENDITURE, "443.88", WAN, basic);
        String three = TableTypes.THREE_PUBLIC_EXPENDITURE;
        assertFigure(parsed, KeyFigureNames.THREE_PUBLIC_TOTAL, "29.64", WAN, three);
        assertFigure(parsed, KeyFigureNames.THREE_PUBLIC_VEHICLE_TOTAL, "28.80", WAN, three);
        assertFigure(parsed, KeyFigureNames.THREE_PUBLIC_VEHICLE_OPERATION, "28.80", WAN, three);
        assertFigure(parsed, KeyFigureNames.THREE_PUBLIC_RECEPTION, "0.84", WAN, three);
        // 机关运行经费 is stated in the text and equals the 公用经费 of the 基本支出表 (research N9).
        assertFigure(parsed, KeyFigureNames.ORGAN_OPERATING_COSTS, "443.88", WAN, "text");
        Figures.assertPrintedBlank(parsed, KeyFigureNames.THREE_PUBLIC_OVERSEAS);

        assertSum(parsed, KeyFigureNames.INCOME_TOTAL, KeyFigureNames.CURRENT_YEAR_INCOME, KeyFigureNames.CARRYOVER_INCOME);
        assertSum(parsed, KeyFigureNames.EXPENDITURE_TOTAL, KeyFigureNames.BASIC_EXPENDITURE, KeyFigureNames.PROJECT_EXPENDITURE);
        assertSum(parsed, KeyFigureNames.BASIC_EXPENDITURE, KeyFigureNames.PERSONNEL_EXPENDITURE,
                KeyFigureNames.PUBLIC_OPERATING_EXPENDITURE);
        assertSum(parsed, KeyFigureNames.THREE_PUBLIC_TOTAL, KeyFigureNames.THREE_PUBLIC_VEHICLE_TOTAL,
                KeyFigureNames.THREE_PUBLIC_RECEPTION);
    }

    @ParameterizedTest
    @ValueSource(strings = {S000, S001})
    void printedArithmeticStillHoldsAfterParsing(String file) {
        Table summary = Corpus.table(file, TableTypes.INCOME_EXPENDITURE_SUMMARY);
        assertBalanced(namedRowsAddUp(summary, Row.INCOME_SIDE, ColumnKeys.AMOUNT, "收入总计", "本年收入合计", "上年结转结余"));
        assertBalanced(namedRowsAddUp(summary, Row.EXPENDITURE_SIDE, ColumnKeys.AMOUNT, "支出总计", "本年支出合计", "年终结转结余"));

        Table income = Corpus.table(file, TableTypes.INCOME_SUMMARY);
        assertBalanced(parentsEqualChildren(income, ColumnKeys.TOTAL));
        assertBalanced(totalRowEqualsClasses(income, "合计", ColumnKeys.TOTAL));
        assertBalanced(rowsAddUp(income, ColumnKeys.TOTAL, "c5", ColumnKeys.CARRYOVER));

        for (String type : List.of(TableTypes.EXPENDITURE_SUMMARY, TableTypes.GENERAL_BUDGET_EXPENDITURE)) {
            Table table = Corpus.table(file, type);
            assertBalanced(rowsAddUp(table, ColumnKeys.TOTAL, ColumnKeys.BASIC, ColumnKeys.PROJECT));
            assertBalanced(parentsEqualChildren(table, ColumnKeys.TOTAL));
            assertBalanced(parentsEqualChildren(table, ColumnKeys.BASIC));
            assertBalanced(totalRowEqualsClasses(table, "合计", ColumnKeys.TOTAL));
        }

        Table basic = Corpus.table(file, TableTypes.GENERAL_BUDGET_BASIC_EXPENDITURE);
        assertBalanced(rowsAddUp(basic, ColumnKeys.TOTAL, ColumnKeys.PERSONNEL, ColumnKeys.PUBLIC_OPERATING));
        assertBalanced(parentsEqualChildren(basic, ColumnKeys.TOTAL));
        assertBalanced(totalRowEqualsClasses(basic, "合计", ColumnKeys.TOTAL));
    }

    @Test
    void tableContinuedOnTheNextPageIsOneTableWithoutRepeatedHeaders() {
        Table income = Corpus.table(S000, TableTypes.INCOME_SUMMARY);
        assertEquals(List.of(3, 4), income.pages());
        // 序号 1-39 are printed over the two pages; the header block repeated on page 4 is not a row.
        assertEquals(39, income.rows().size());
        assertTrue(income.rows().stream().noneMatch(r -> r.name().contains("科目名称") || r.name().contains("栏次")));
        assertTrue(income.rows().stream().anyMatch(r -> r.page() == 4));
    }

    @Test
    void codesCarryLevelAndParent() {
        Table income = Corpus.table(S000, TableTypes.INCOME_SUMMARY);
        Row item = Corpus.codeRow(income, "2060101");
        assertEquals("行政运行", item.name(), "the radical ⾏ drawn by the producer is read as 行");
        assertEquals(3, item.level());
        assertEquals("20601", item.parentCode());
        assertEquals("1358.03", item.amount(ColumnKeys.TOTAL).value());
        assertEquals(1, Corpus.codeRow(income, "206").level());
        assertNull(Corpus.codeRow(income, "206").parentCode());
        Row economic = Corpus.codeRow(Corpus.table(S000, TableTypes.GENERAL_BUDGET_BASIC_EXPENDITURE), "30217");
        assertEquals(2, economic.level());
        assertEquals("302", economic.parentCode());
        assertEquals("0.84", economic.amount(ColumnKeys.PUBLIC_OPERATING).value());
        assertNull(economic.amount(ColumnKeys.PERSONNEL), "a blank 人员经费 cell stays blank");
    }

    @Test
    void twoSidedSummaryKeepsBlankCellsInTheirColumn() {
        Table summary = Corpus.table(S000, TableTypes.INCOME_EXPENDITURE_SUMMARY);
        Row housing = Corpus.row(summary, Row.EXPENDITURE_SIDE, "二十、住房保障支出");
        assertEquals("362.92", housing.amount(ColumnKeys.AMOUNT).value());
        assertTrue(summary.rows().stream().noneMatch(r -> Row.INCOME_SIDE.equals(r.side()) && r.name().contains("支出")),
                "no expenditure item on the income side");
        assertNull(Corpus.row(summary, Row.INCOME_SIDE, "五、事业收入").amount(ColumnKeys.AMOUNT));
        Table fiscal = Corpus.table(S000, TableTypes.FISCAL_APPROPRIATION_SUMMARY);
        Row science = Corpus.row(fiscal, Row.EXPENDITURE_SIDE, "六、科学技术支出");
        assertEquals("11890.40", science.amount(ColumnKeys.GENERAL_BUDGET).value());
        assertNull(science.amount(ColumnKeys.GOVERNMENT_FUND));
    }

    @Test
    void threePublicRowsAreCodedByItemAndSubsetsMarked() {
        Table three = Corpus.table(S000, TableTypes.THREE_PUBLIC_EXPENDITURE);
        Row operation = three.rows().stream()
                .filter(r -> KeyFigureNames.THREE_PUBLIC_VEHICLE_OPERATION.equals(r.code())).findFirst().orElseThrow();
        assertEquals("28.80", operation.amount(ColumnKeys.AMOUNT).value());
        Row research = Corpus.row(three, null, "教学科研人员因公出国(境)费");
        assertTrue(research.subset(), "其中 row is a subset");
        assertNull(research.code());
        // p16 prints 其中：教学科研人员因公出国(境)费 / 其他因公出国(境)费 and 其中：公务用车购置费 / 公务用车运行维护费.
        assertTrue(Corpus.row(three, null, "其他因公出国(境)费").subset(), "the 其中 list goes on");
        assertTrue(operation.subset(), "公务用车运行维护费 is the second item of its 其中 list");
        assertFalse(Corpus.codeRow(three, KeyFigureNames.THREE_PUBLIC_RECEPTION).subset(), "三、 ends the list");
    }

    @Test
    void seed001FiguresAgree() {
        DisclosureParsed parsed = Corpus.read(S001);
        assertEquals("石家庄市科学技术协会", parsed.department().name());
        assertEquals(List.of(), parsed.quality().tablesMissing());
        assertFigure(parsed, KeyFigureNames.INCOME_TOTAL, "1578.32", WAN, TableTypes.INCOME_EXPENDITURE_SUMMARY);
        assertFigure(parsed, KeyFigureNames.BASIC_EXPENDITURE, "1239.63", WAN, TableTypes.EXPENDITURE_SUMMARY);
        assertFigure(parsed, KeyFigureNames.PROJECT_EXPENDITURE, "338.69", WAN, TableTypes.EXPENDITURE_SUMMARY);
        assertFigure(parsed, KeyFigureNames.PERSONNEL_EXPENDITURE, "1122.34", WAN, TableTypes.GENERAL_BUDGET_BASIC_EXPENDITURE);
        assertFigure(parsed, KeyFigureNames.PUBLIC_OPERATING_EXPENDITURE, "117.29", WAN, TableTypes.GENERAL_BUDGET_BASIC_EXPENDITURE);
        assertFigure(parsed, KeyFigureNames.THREE_PUBLIC_TOTAL, "9.80", WAN, TableTypes.THREE_PUBLIC_EXPENDITURE);
        assertFigure(parsed, KeyFigureNames.ORGAN_OPERATING_COSTS, "94.06", WAN, "text");
        assertSum(parsed, KeyFigureNames.INCOME_TOTAL, KeyFigureNames.BASIC_EXPENDITURE, KeyFigureNames.PROJECT_EXPENDITURE);
        assertSum(parsed, KeyFigureNames.BASIC_EXPENDITURE, KeyFigureNames.PERSONNEL_EXPENDITURE,
                KeyFigureNames.PUBLIC_OPERATING_EXPENDITURE);
        assertSum(parsed, KeyFigureNames.THREE_PUBLIC_TOTAL, KeyFigureNames.THREE_PUBLIC_VEHICLE_TOTAL,
                KeyFigureNames.THREE_PUBLIC_RECEPTION);
    }

    @Test
    void narrativeOnlyDisclosureReportsEveryStandardTableMissing() {
        DisclosureParsed parsed = Corpus.read("seed-003.pdf");
        assertEquals(TableTypes.STANDARD, Corpus.notPrinted(parsed));
        // p48: 本部门无国有资本经营预算，国有资本经营预算财政拨款支出表空表列示 (likewise 政府性基金).
        assertEquals(List.of(TableTypes.GOVERNMENT_FUND_EXPENDITURE, TableTypes.STATE_CAPITAL_EXPENDITURE),
                parsed.quality().tablesDeclaredAbsent());
        assertEquals(2021, parsed.year());
        assertEquals("河北省石家庄市", parsed.department().region());
        assertTrue(parsed.tables().stream().noneMatch(Table::empty),
                "a sentence of the text saying 空表列示 does not make a project table empty");
        // 部门政府采购预算 (p46, a title without 表): its 合计 219.00 is the text's 涉及金额 219 万元 (p46).
        Table procurement = Corpus.table("seed-003.pdf", TableTypes.PROCUREMENT);
        assertTrue(procurement.rows().stream().anyMatch(r -> r.amount(ColumnKeys.TOTAL) != null
                && r.amount(ColumnKeys.TOTAL).value().equals("219.00")));
    }

    @Test
    void procurementTableWithoutBiaoKeepsItsOwnNotes() {
        Table procurement = Corpus.table(S001, TableTypes.PROCUREMENT);
        assertTrue(procurement.empty(), "注：无政府采购预算，空表列示。");
        Table carRental = Corpus.read(S001).tables().stream()
                .filter(t -> t.title().contains("公务用车租赁经费绩效目标表")).findFirst().orElseThrow();
        assertFalse(carRental.empty(), "the procurement note below does not belong to the performance table");
        assertNull(carRental.note());
    }

    @ParameterizedTest
    @ValueSource(strings = {S000, S001})
    void assetQuantitiesCarryTheirOwnUnitNeverMoney(String file) {
        // 部门固定资产占用情况表 (seed-000 p21, seed-001 p20): 数量 in 平方米 / 台、辆 beside 价值 in 万元.
        Table assets = Corpus.table(file, TableTypes.ASSETS);
        Row housing = Corpus.row(assets, null, "1、房屋(平方米)");
        assertEquals("平方米", housing.amount("c2").unit());
        assertEquals(WAN, housing.amount(ColumnKeys.AMOUNT).unit());
        assertEquals("台、辆", Corpus.row(assets, null, "2、车辆(台、辆)").amount("c2").unit());
        Row other = Corpus.row(assets, null, "4、其他固定资产");
        assertNull(other.amount("c2"), "a quantity without a printed unit is text");
        assertEquals(file.equals(S000) ? "13206" : "444", other.cell("c2").text());
    }

    @Test
    void procurementQuantityTakesItsMeasureUnit() {
        // seed-000 p19: 台式计算机 A02010105 台 5 0.90 4.50.
        Row desktop = Corpus.row(Corpus.table(S000, TableTypes.PROCUREMENT), null, "台式计算机");
        assertEquals("5", desktop.amount("c6").value());
        assertEquals("台", desktop.amount("c6").unit());
        assertEquals("4.50", desktop.amount(ColumnKeys.TOTAL).value());
    }

    @Test
    void performanceTableCellsAreNotClaims() {
        // seed-003 p10/16/36/45: 绩效目标表 grids (一级指标 二级指标 … 资金拨付率 ≥80%) beside the prose of page 2.
        DisclosureParsed parsed = Corpus.read("seed-003.pdf");
        assertTrue(parsed.claims().stream().noneMatch(c -> c.sentence().contains("指标")),
                "no claim is made of indicator-table cells run together");
        assertTrue(parsed.claims().stream().allMatch(c -> c.page() == 2), "the 情况说明 prose is on page 2");
        assertTrue(parsed.claims().stream().anyMatch(c -> "98.45".equals(c.percent())), "项目支出 占总支出 98.45%");
    }

    @ParameterizedTest
    @ValueSource(strings = {S000, S001})
    void textNamingATableTheDocumentLacksIsWarned(String file) {
        // 情况说明: “收支预算总表支出栏、基本支出表、项目支出表按经济分类和支出功能分类科目编制” — no 项目支出表 printed.
        DisclosureParsed parsed = Corpus.read(file);
        assertFalse(parsed.quality().tablesFound().contains(TableTypes.PROJECT_EXPENDITURE));
        List<Warning> warnings = parsed.quality().warnings().stream()
                .filter(w -> w.code().equals("referenced_table_missing")).toList();
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).message().contains("项目支出表"), warnings.get(0).message());
        assertTrue(warnings.get(0).page() > 0);
    }
}

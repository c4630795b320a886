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
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.budgetwatch.events.Change;
import io.budgetwatch.events.Claim;
import io.budgetwatch.events.ColumnKeys;
import io.budgetwatch.events.DisclosureKind;
import io.budgetwatch.events.DisclosureParsed;
import io.budgetwatch.events.KeyFigureNames;
import io.budgetwatch.events.Row;
import io.budgetwatch.events.Table;
import io.budgetwatch.events.TableTypes;

/**
 * 上海普陀 (WPS 表格 budgets in 元 with thousands separators and codes split over 类/款/项; ONLYOFFICE 决算 in 万元).
 * Expected figures read off the PDFs with pdftotext -layout, each cross-checked against another table.
 */
class ShanghaiPutuoTest {
    private static final String ZFB = "pt-zfb-2025-dept.pdf";
    private static final String SWJ_UNIT = "pt-swj-2025-unit.pdf";
    private static final String FINAL = "pt-czj-2024-final.pdf";
    private static final String SWJ_DEPT = "pt-swj-2025-dept.pdf";
    private static final String ZFB_UNIT = "pt-zfb-2025-unit.pdf";
    private static final String TEMPLATE = "pt-final-template-2024.pdf";
    private static final String YUAN = "元";
    private static final String WAN = "万元";

    @Test
    void departmentBudgetIdentityAndTables() {
        DisclosureParsed parsed = Corpus.read(ZFB);
        assertEquals("上海市普陀区人民政府办公室", parsed.department().name());
        assertEquals("上海市普陀区", parsed.department().region());
        assertEquals(2025, parsed.year());
        assertEquals(DisclosureKind.BUDGET, parsed.kind());
        assertEquals(List.of(), parsed.quality().tablesMissing());
        Table fund = Corpus.table(ZFB, TableTypes.GOVERNMENT_FUND_EXPENDITURE);
        assertTrue(fund.empty());
        assertTrue(fund.note().contains("空表"));
        assertEquals(YUAN, Corpus.table(ZFB, TableTypes.INCOME_EXPENDITURE_SUMMARY).unit());
        assertEquals(WAN, Corpus.table(ZFB, TableTypes.THREE_PUBLIC_EXPENDITURE).unit(), "the 三公 table prints 万元");
    }

    /** The office's department budget and its one unit's budget print the same figures. */
    @ParameterizedTest
    @ValueSource(strings = {ZFB, ZFB_UNIT})
    void keyFiguresInYuanAgreeAcrossTables(String file) {
        DisclosureParsed parsed = Corpus.read(file);
        assertFigure(parsed, KeyFigureNames.INCOME_TOTAL, "91016775.35", YUAN, TableTypes.INCOME_EXPENDITURE_SUMMARY);
        assertFigure(parsed, KeyFigureNames.EXPENDITURE_TOTAL, "91016775.35", YUAN, TableTypes.INCOME_EXPENDITURE_SUMMARY);
        assertFigure(parsed, KeyFigureNames.GENERAL_BUDGET_APPROPRIATION, "91016775.35", YUAN,
                TableTypes.INCOME_EXPENDITURE_SUMMARY);
        assertFigure(parsed, KeyFigureNames.BASIC_EXPENDITURE, "24606775.35", YUAN, TableTypes.EXPENDITURE_SUMMARY);
        assertFigure(parsed, KeyFigureNames.PROJECT_EXPENDITURE, "66410000.00", YUAN, TableTypes.EXPENDITURE_SUMMARY);
        assertFigure(parsed, KeyFigureNames.PERSONNEL_EXPENDITURE, "22473997.81", YUAN,
                TableTypes.GENERAL_BUDGET_BASIC_EXPENDITURE);
        assertFigure(parsed, KeyFigureNames.PUBLIC_OPERATING_EXPENDITURE, "2132777.54", YUAN,
                TableTypes.GENERAL_BUDGET_BASIC_EXPENDITURE);
        String three = TableTypes.THREE_PUBLIC_EXPENDITURE;
        assertFigure(parsed, KeyFigureNames.THREE_PUBLIC_TOTAL, "867.50", WAN, three);
        assertFigure(parsed, KeyFigureNames.THREE_PUBLIC_OVERSEAS, "839.00", WAN, three);
        assertFigure(parsed, KeyFigureNames.THREE_PUBLIC_RECEPTION, "28.50", WAN, three);
        assertFigure(parsed, KeyFigureNames.ORGAN_OPERATING_COSTS, "213.28", WAN, three);
        Figures.assertPrintedBlank(parsed, KeyFigureNames.THREE_PUBLIC_VEHICLE_TOTAL);

        assertSum(parsed, KeyFigureNames.EXPENDITURE_TOTAL, KeyFigureNames.BASIC_EXPENDITURE, KeyFigureNames.PROJECT_EXPENDITURE);
        assertSum(parsed, KeyFigureNames.BASIC_EXPENDITURE, KeyFigureNames.PERSONNEL_EXPENDITURE,
                KeyFigureNames.PUBLIC_OPERATING_EXPENDITURE);
        assertSum(parsed, KeyFigureNames.THREE_PUBLIC_TOTAL, KeyFigureNames.THREE_PUBLIC_OVERSEAS,
                KeyFigureNames.THREE_PUBLIC_RECEPTION);
    }

    @ParameterizedTest
    @ValueSource(strings = {ZFB, SWJ_UNIT})
    void printedArithmeticStillHoldsAfterParsing(String file) {
        for (String type : List.of(TableTypes.EXPENDITURE_SUMMARY, TableTypes.GENERAL_BUDGET_EXPENDITURE)) {
            Table table = Corpus.table(file, type);
            assertBalanced(rowsAddUp(table, ColumnKeys.TOTAL, ColumnKeys.BASIC, ColumnKeys.PROJECT));
            assertBalanced(parentsEqualChildren(table, ColumnKeys.TOTAL));
            assertBalanced(totalRowEqualsClasses(table, "合计", ColumnKeys.TOTAL));
        }
        Table income = Corpus.table(file, TableTypes.INCOME_SUMMARY);
        assertBalanced(parentsEqualChildren(income, ColumnKeys.TOTAL));
        Table basic = Corpus.table(file, TableTypes.GENERAL_BUDGET_BASIC_EXPENDITURE);
        assertBalanced(rowsAddUp(basic, ColumnKeys.TOTAL, ColumnKeys.PERSONNEL, ColumnKeys.PUBLIC_OPERATING));
        assertBalanced(parentsEqualChildren(basic, ColumnKeys.TOTAL));
    }

    @Test
    void codesSplitOverClassColumnsAreJoined() {
        Table income = Corpus.table(ZFB, TableTypes.INCOME_SUMMARY);
        Row row = Corpus.codeRow(income, "2010350");
        assertEquals("事业运行", row.name());
        assertEquals(3, row.level());
        assertEquals("20103", row.parentCode());
        assertEquals("3807295.58", row.amount(ColumnKeys.TOTAL).value(), "3,807,295.58 without separators");
        assertEquals(2, Corpus.codeRow(income, "20103").level());
        assertNull(Corpus.codeRow(income, "201").parentCode());
    }

    @Test
    void unitBudgetIsReadAsAUnit() {
        DisclosureParsed parsed = Corpus.read(SWJ_UNIT);
        assertEquals("上海市普陀区商务委员会", parsed.department().name());
        assertEquals(io.budgetwatch.events.Scope.UNIT, parsed.scope());
        assertFigure(parsed, KeyFigureNames.INCOME_TOTAL, "371514655.00", YUAN, TableTypes.INCOME_EXPENDITURE_SUMMARY);
        assertFigure(parsed, KeyFigureNames.BASIC_EXPENDITURE, "19830655.00", YUAN, TableTypes.EXPENDITURE_SUMMARY);
        assertFigure(parsed, KeyFigureNames.PROJECT_EXPENDITURE, "351684000.00", YUAN, TableTypes.EXPENDITURE_SUMMARY);
        assertSum(parsed, KeyFigureNames.INCOME_TOTAL, KeyFigureNames.BASIC_EXPENDITURE, KeyFigureNames.PROJECT_EXPENDITURE);
    }

    @Test
    void finalAccountReadsActualsNotBudgets() {
        DisclosureParsed parsed = Corpus.read(FINAL);
        assertEquals(DisclosureKind.FINAL_ACCOUNT, parsed.kind());
        assertEquals("上海市普陀区财政局", parsed.department().name());
        assertEquals(2024, parsed.year());
        assertEquals(List.of(), parsed.quality().tablesMissing());
        String summary = TableTypes.INCOME_EXPENDITURE_SUMMARY;
        assertFigure(parsed, KeyFigureNames.INCOME_TOTAL, "2995.39", WAN, summary);
        assertFigure(parsed, KeyFigureNames.CURRENT_YEAR_INCOME, "2946.25", WAN, summary);
        // 年初结转和结余 is the 决算's name for the carry-over: 2946.25 + 49.14 = 收入总计 2995.39.
        assertFigure(parsed, KeyFigureNames.CARRYOVER_INCOME, "49.14", WAN, summary);
        assertSum(parsed, KeyFigureNames.INCOME_TOTAL, KeyFigureNames.CURRENT_YEAR_INCOME,
                KeyFigureNames.CARRYOVER_INCOME);
        assertFigure(parsed, KeyFigureNames.BASIC_EXPENDITURE, "2336.91", WAN, TableTypes.EXPENDITURE_SUMMARY);
        assertFigure(parsed, KeyFigureNames.PROJECT_EXPENDITURE, "603.14", WAN, TableTypes.EXPENDITURE_SUMMARY);
        // 本年支出合计 2940.05 = 基本 + 项目 (page 6 vs the 支出决算表 on page 10).
        assertEquals("2940.05", Corpus.row(Corpus.table(FINAL, summary), Row.EXPENDITURE_SIDE, "本年支出合计")
                .amount(ColumnKeys.AMOUNT).value());
        assertBalanced(namedRowsAddUp(Corpus.table(FINAL, summary), Row.EXPENDITURE_SIDE, ColumnKeys.AMOUNT, "本年支出合计",
                "一、一般公共服务支出", "八、社会保障和就业支出", "九、卫生健康支出", "十九、住房保障支出"));
        // The 三公 决算 table prints 0.95 as 预算数 only; its 决算数 cells are blank, so no actual is reported.
        assertFalse(parsed.keyFigures().containsKey(KeyFigureNames.THREE_PUBLIC_TOTAL));
        Row total = Corpus.table(FINAL, TableTypes.THREE_PUBLIC_EXPENDITURE).rows().stream()
                .filter(r -> KeyFigureNames.THREE_PUBLIC_TOTAL.equals(r.code())).findFirst().orElseThrow();
        assertEquals(List.of("c1"), List.copyOf(total.cells().keySet()));
        assertEquals("0.95", total.amount("c1").value());
        Table fund = Corpus.table(FINAL, TableTypes.GOVERNMENT_FUND_EXPENDITURE);
        assertTrue(fund.empty(), "本表无数据 declares the table empty");
    }

    @Test
    void finalAccountTextIsReadWhereItsFontsMisreportTheirGlyphBoxes() {
        // ONLYOFFICE reports the CJK glyphs of pages 21-24 1.6 pt high beside digits 9.6 pt high on one baseline
        List<Claim> claims = Corpus.read(FINAL).claims();
        assertTrue(claims.stream().anyMatch(c -> KeyFigureNames.INCOME_TOTAL.equals(c.topic())
                && "2995.39".equals(c.value()) && c.page() == 21), "收入支出总计2995.39万元 (p21)");
        assertTrue(claims.stream().anyMatch(c -> KeyFigureNames.ORGAN_OPERATING_COSTS.equals(c.topic())
                && "184.65".equals(c.value()) && "2.55".equals(c.delta()) && "1.40".equals(c.percent())));

        List<Claim> items = claims.stream().filter(c -> Claim.CLASSIFICATION_ITEM.equals(c.topic())).toList();
        List<Claim> finals = items.stream().filter(c -> Claim.FINAL.equals(c.qualifier())).toList();
        List<Claim> budgets = items.stream().filter(c -> Claim.ORIGINAL_BUDGET.equals(c.qualifier())).toList();
        assertEquals(11, finals.size(), "items 1-11 of 一般公共预算财政拨款支出决算具体情况 (p22)");
        assertEquals(11, budgets.size());
        // item 5 names its 项 on a line of its own: 行政单位离退休 / （项）
        Claim retired = finals.get(4);
        assertEquals("社会保障和就业支出/行政事业单位养老支出/行政单位离退休", retired.subject());
        assertEquals("84.65", retired.value());
        assertEquals(Change.DECREASE, retired.change());
        assertEquals("85.55", budgets.get(4).value());
        assertEquals(List.of("10.00", "0.94", "258.50"), finals.stream().filter(c -> c.change() == Change.FLAT)
                .map(Claim::value).toList(), "决算数与预算数基本持平");
        assertEquals(List.of("2106.66", "326.72", "60.99", "445.69"), items.stream()
                .filter(c -> Claim.CLASS.equals(c.qualifier())).map(Claim::value).toList(), "the 类 of p21");
    }

    @Test
    void finalAccountThreePublicBudgetsShareOneColumnAcrossItems() {
        // Page 18 prints 预算数 | 决算数 for each of six items: 合计 0.95 (leftmost pair), 公务接待费 0.95 (rightmost).
        Table three = Corpus.table(FINAL, TableTypes.THREE_PUBLIC_EXPENDITURE);
        Row total = Corpus.codeRow(three, KeyFigureNames.THREE_PUBLIC_TOTAL);
        Row reception = Corpus.codeRow(three, KeyFigureNames.THREE_PUBLIC_RECEPTION);
        assertEquals(total.cells().keySet(), reception.cells().keySet());
        assertEquals("0.95", reception.amount(total.cells().keySet().iterator().next()).value());
        assertEquals(List.of(ColumnKeys.AMOUNT, "c1"), three.columns().stream().map(c -> c.key()).toList());
        assertTrue(three.rows().stream().allMatch(r -> r.cell(ColumnKeys.AMOUNT) == null), "决算数 are all blank");
    }

    @Test
    void commerceDepartmentBudgetFiguresAgreeAcrossTables() {
        DisclosureParsed parsed = Corpus.read(SWJ_DEPT);
        assertEquals("上海市普陀区商务委员会", parsed.department().name());
        assertEquals(io.budgetwatch.events.Scope.DEPARTMENT, parsed.scope());
        assertEquals(2025, parsed.year());
        assertEquals(List.of(), parsed.quality().tablesMissing());
        assertFigure(parsed, KeyFigureNames.INCOME_TOTAL, "371514655.00", YUAN, TableTypes.INCOME_EXPENDITURE_SUMMARY);
        assertFigure(parsed, KeyFigureNames.BASIC_EXPENDITURE, "19830655.00", YUAN, TableTypes.EXPENDITURE_SUMMARY);
        assertFigure(parsed, KeyFigureNames.PROJECT_EXPENDITURE, "351684000.00", YUAN, TableTypes.EXPENDITURE_SUMMARY);
        String basic = TableTypes.GENERAL_BUDGET_BASIC_EXPENDITURE;
        assertFigure(parsed, KeyFigureNames.PERSONNEL_EXPENDITURE, "18120593.00", YUAN, basic);
        assertFigure(parsed, KeyFigureNames.PUBLIC_OPERATING_EXPENDITURE, "1710062.00", YUAN, basic);
        assertSum(parsed, KeyFigureNames.INCOME_TOTAL, KeyFigureNames.BASIC_EXPENDITURE, KeyFigureNames.PROJECT_EXPENDITURE);
        assertSum(parsed, KeyFigureNames.BASIC_EXPENDITURE, KeyFigureNames.PERSONNEL_EXPENDITURE,
                KeyFigureNames.PUBLIC_OPERATING_EXPENDITURE);
        // “三公” 1.00 万元 is all 公务接待费: the 基本支出表 prints 30217 公务接待费 10,000.00 元.
        String three = TableTypes.THREE_PUBLIC_EXPENDITURE;
        assertFigure(parsed, KeyFigureNames.THREE_PUBLIC_TOTAL, "1.00", WAN, three);
        assertFigure(parsed, KeyFigureNames.THREE_PUBLIC_RECEPTION, "1.00", WAN, three);
        assertEquals("10000.00", Corpus.codeRow(Corpus.table(SWJ_DEPT, basic), "30217").amount(ColumnKeys.TOTAL).value());
        Figures.assertPrintedBlank(parsed, KeyFigureNames.THREE_PUBLIC_OVERSEAS);
        // 机关运行经费 171.01 万元 is the 公用经费 1,710,062.00 元 rounded to 万元.
        assertFigure(parsed, KeyFigureNames.ORGAN_OPERATING_COSTS, "171.01", WAN, three);
    }

    @Test
    void officeUnitBudgetIsReadAsAUnit() {
        DisclosureParsed parsed = Corpus.read(ZFB_UNIT);
        assertEquals("上海市普陀区人民政府办公室", parsed.department().name());
        assertEquals(io.budgetwatch.events.Scope.UNIT, parsed.scope());
        assertEquals(List.of(), parsed.quality().tablesMissing());
    }

    @Test
    void finalAccountBasicTablePrintedAsTwoHalvesIsReadByEconomicCode() {
        DisclosureParsed parsed = Corpus.read(FINAL);
        Table basic = Corpus.table(FINAL, TableTypes.GENERAL_BUDGET_BASIC_EXPENDITURE);
        assertEquals(List.of(ColumnKeys.PERSONNEL, ColumnKeys.PUBLIC_OPERATING),
                basic.columns().stream().map(c -> c.key()).toList());
        assertTrue(basic.rows().stream().allMatch(r -> r.side() == null), "one table, not 收入 | 支出");
        Row wages = Corpus.codeRow(basic, "30101");
        assertEquals("基本工资", wages.name());
        assertEquals("301", wages.parentCode());
        assertEquals("262.33", wages.amount(ColumnKeys.PERSONNEL).value());
        assertEquals("21.21", Corpus.codeRow(basic, "30201").amount(ColumnKeys.PUBLIC_OPERATING).value());
        // 人员经费合计 2152.26 + 公用经费合计 184.65 = 基本支出 2336.91 of the 支出决算表 (page 10).
        String type = TableTypes.GENERAL_BUDGET_BASIC_EXPENDITURE;
        assertFigure(parsed, KeyFigureNames.PERSONNEL_EXPENDITURE, "2152.26", WAN, type);
        assertFigure(parsed, KeyFigureNames.PUBLIC_OPERATING_EXPENDITURE, "184.65", WAN, type);
        assertSum(parsed, KeyFigureNames.BASIC_EXPENDITURE, KeyFigureNames.PERSONNEL_EXPENDITURE,
                KeyFigureNames.PUBLIC_OPERATING_EXPENDITURE);
        assertBalanced(parentsEqualChildren(basic, ColumnKeys.PERSONNEL));
        assertBalanced(parentsEqualChildren(basic, ColumnKeys.PUBLIC_OPERATING));
    }

    @Test
    void blankTemplateYieldsItsTablesWithoutInventedFigures() {
        DisclosureParsed parsed = Corpus.read(TEMPLATE);
        assertEquals(DisclosureKind.FINAL_ACCOUNT, parsed.kind());
        assertEquals(2024, parsed.year());
        assertEquals(List.of(), parsed.quality().tablesMissing(), "every standard table is recognised by its title");
        assertEquals(Map.of(), parsed.keyFigures(), "a blank template states no figure");
        assertTrue(parsed.tables().stream().flatMap(t -> t.rows().stream()).flatMap(r -> r.cells().values().stream())
                .allMatch(cell -> cell.amount() == null), "no amount is read from a blank template");
        // WPS starts every page with a y-flip (1 0 0 -1 0 H cm): read with the flip applied once, the ruling lines
        // frame the rows, so every table has its printed rows (names, no amounts) and none is a low-confidence read.
        assertEquals(List.of(), parsed.quality().warnings().stream().filter(w -> w.code().equals("low_confidence"))
                .map(w -> w.page()).toList());
        assertEquals(40, Corpus.table(TEMPLATE, TableTypes.INCOME_EXPENDITURE_SUMMARY).rows().size());
        assertEquals(67, Corpus.table(TEMPLATE, TableTypes.GENERAL_BUDGET_BASIC_EXPENDITURE).rows().size());
        assertTrue(Corpus.table(TEMPLATE, TableTypes.EXPENDITURE_SUMMARY).rows().stream()
                .anyMatch(r -> r.name().contains("支出")), "row names are read under the header");
    }

    @Test
    void wrappedNameInOneCellIsJoined() {
        Row row = Corpus.codeRow(Corpus.table(FINAL, TableTypes.EXPENDITURE_SUMMARY), "2080505");
        assertEquals("机关事业单位基本养老保险缴费支出", row.name());
        assertEquals("160.75", row.amount(ColumnKeys.TOTAL).value());
    }
}

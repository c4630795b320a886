package io.budgetwatch.parse.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.budgetwatch.events.DisclosureParsed;
import io.budgetwatch.events.Row;
import io.budgetwatch.events.Table;
import io.budgetwatch.events.TableTypes;

/**
 * Layouts seen across provinces, each drawn on its own in Chinese and read end to end by the {@code DisclosureReader}:
 * a rule written for one of them must hold for the next producer that prints it.
 */
class SketchedLayoutsTest {
    private static final float[] CODED = {40, 70, 100, 130, 300, 400, 500};
    private static final float ROW = 20;
    private static final String[] CODED_HEADER = {"类", "款", "项", "科目名称", "合计", "基本支出", "项目支出"};

    @Test
    void aTitleWrappedAtAnyPointAndPrefixedByItsNumberAndDepartmentIsOneTitle() {
        DisclosureParsed parsed = new SketchedDisclosure().page()
                .text(120, 780, "预算05表 2026年石家庄市某某局一般公共预算")
                .text(250, 766, "支出情况表")
                .text(440, 745, "单位：万元")
                .grid(CODED, 740, ROW, 3)
                .row(CODED, 740, ROW, 0, CODED_HEADER)
                .row(CODED, 740, ROW, 1, "", "", "", "合计", "30.00", "20.00", "10.00")
                .row(CODED, 740, ROW, 2, "201", "03", "01", "行政运行", "30.00", "20.00", "10.00")
                .read();

        Table table = parsed.table(TableTypes.GENERAL_BUDGET_EXPENDITURE);
        assertNotNull(table, "typed by the whole title, not by its second line alone: " + types(parsed));
        assertNull(parsed.table(TableTypes.EXPENDITURE_SUMMARY), "支出情况表 alone would be the 支出总表");
        assertEquals(List.of("2010301"), codes(table));
    }

    @Test
    void codesPrintedWithoutLeadingZerosAreTheClassificationsCodes() {
        DisclosureParsed parsed = new SketchedDisclosure().page()
                .text(200, 780, "一般公共预算支出表")
                .grid(CODED, 760, ROW, 5)
                .row(CODED, 760, ROW, 0, CODED_HEADER)
                .row(CODED, 760, ROW, 1, "", "", "", "合计", "30.00", "20.00", "10.00")
                .row(CODED, 760, ROW, 2, "201", "", "", "一般公共服务支出", "30.00", "20.00", "10.00")
                .row(CODED, 760, ROW, 3, "201", "3", "", "政府办公厅（室）及相关机构事务", "30.00", "20.00", "10.00")
                .row(CODED, 760, ROW, 4, "201", "3", "1", "行政运行", "30.00", "20.00", "10.00")
                .read();

        Table table = parsed.table(TableTypes.GENERAL_BUDGET_EXPENDITURE);
        assertEquals(List.of("201", "20103", "2010301"), codes(table));
        assertEquals(List.of(1, 2, 3), table.rows().stream().filter(r -> r.code() != null).map(Row::level).toList());
        assertEquals(false, table.suspect(), table.reading().suspectReasons().toString());
    }

    @Test
    void aTitleAndHeaderAtTheFootOfOnePageWithTheBodyOnTheNextAreOneTable() {
        DisclosureParsed parsed = new SketchedDisclosure().page()
                .text(40, 780, "一、部门职责")
                .text(40, 140, "一般公共预算支出表")
                .grid(CODED, 120, ROW, 1)
                .row(CODED, 120, ROW, 0, CODED_HEADER)
                .page()
                .grid(CODED, 800, ROW, 3)
                .row(CODED, 800, ROW, 0, "", "", "", "合计", "30.00", "20.00", "10.00")
                .row(CODED, 800, ROW, 1, "201", "03", "01", "行政运行", "25.00", "20.00", "5.00")
                .row(CODED, 800, ROW, 2, "201", "03", "02", "一般行政管理事务", "5.00", "", "5.00")
                .read();

        Table table = parsed.table(TableTypes.GENERAL_BUDGET_EXPENDITURE);
        assertEquals(List.of(1, 2), table.pages());
        assertEquals(List.of("2010301", "2010302"), codes(table));
        assertEquals("25.00", table.rows().stream().filter(r -> "2010301".equals(r.code())).findFirst().orElseThrow()
                .cells().get(table.columns().get(0).key()).amount().value(), "the header's columns key the body");
    }

    @Test
    void aHeadingThatExplainsATableIsNoTableEvenOverAGrid() {
        float[] xs = {40, 200, 300};
        DisclosureParsed parsed = new SketchedDisclosure().page()
                .text(40, 780, "三、关于2026年收入总表的说明")
                .text(40, 766, "2026年收入预算30.00万元，其中：")
                .grid(xs, 750, ROW, 3)
                .row(xs, 750, ROW, 0, "项目", "金额")
                .row(xs, 750, ROW, 1, "财政拨款收入", "25.00")
                .row(xs, 750, ROW, 2, "事业收入", "5.00")
                .read();

        assertEquals(List.of(), types(parsed), "the explanation's grid is no 收入总表");
    }

    @Test
    void aTablePrintedBlankWithItsHeaderAsTextIsPrintedNotMissing() {
        DisclosureParsed parsed = new SketchedDisclosure().page()
                .text(200, 780, "预算07表 政府性基金预算支出表")
                .text(450, 760, "金额单位：万元")
                .text(60, 740, "科目编码    科目名称    合计    基本支出    项目支出")
                .text(60, 720, "合计")
                .page()
                .text(200, 780, "预算08表 国有资本经营预算支出表")
                .read();

        Table blank = parsed.table(TableTypes.GOVERNMENT_FUND_EXPENDITURE);
        assertEquals(List.of(), blank.rows());
        assertEquals(false, parsed.quality().tablesMissing().contains(TableTypes.GOVERNMENT_FUND_EXPENDITURE));
        assertEquals(true, parsed.quality().warnings().stream().anyMatch(w -> w.page() == 1
                && w.message().contains("未读出任何数据行")), "and said to have no rows: " + parsed.quality().warnings());
        assertNull(parsed.table(TableTypes.STATE_CAPITAL_EXPENDITURE), "a title alone is no table");
        assertEquals(true, parsed.quality().tablesMissing().contains(TableTypes.STATE_CAPITAL_EXPENDITURE));
    }

    @Test
    void aBlankTableTheTableListMarksNotApplicableIsEmptyNotMisread() {
        SketchedDisclosure sketch = new SketchedDisclosure().page().text(60, 800, "部门预算公开表目录");
        String[] listed = {"表1 收支总表", "表2 收入总表", "表3 支出总表", "表4 财政拨款收支总表",
            "表9 政府性基金预算支出表    不涉及"};
        for (int i = 0; i < listed.length; i++) {
            sketch.text(60, 770 - 20 * i, listed[i]);
        }
        DisclosureParsed parsed = sketch.page()
                .text(200, 780, "表9 政府性基金预算支出表")
                .text(60, 740, "科目编码    科目名称    合计    基本支出    项目支出")
                .read();

        Table blank = parsed.table(TableTypes.GOVERNMENT_FUND_EXPENDITURE);
        assertEquals(true, blank.empty(), "declared by the list");
        assertEquals(true, blank.note().contains("不涉及"), blank.note());
        assertEquals(List.of(), parsed.quality().warnings().stream().filter(w -> w.code().equals("low_confidence"))
                .toList());
    }

    private static List<String> codes(Table table) {
        return table.rows().stream().map(Row::code).filter(c -> c != null).toList();
    }

    private static List<String> types(DisclosureParsed parsed) {
        return parsed.tables().stream().map(Table::type).toList();
    }
}

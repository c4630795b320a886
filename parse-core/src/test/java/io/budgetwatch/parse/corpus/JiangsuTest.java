package io.budgetwatch.parse.corpus;

import static io.budgetwatch.parse.corpus.Arithmetic.parentsEqualChildren;
import static io.budgetwatch.parse.corpus.Arithmetic.totalRowEqualsClasses;
import static io.budgetwatch.parse.corpus.Figures.assertBalanced;
import static io.budgetwatch.parse.corpus.Figures.assertFigure;
import static io.budgetwatch.parse.corpus.Figures.assertSum;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.budgetwatch.events.ColumnKeys;
import io.budgetwatch.events.DisclosureParsed;
import io.budgetwatch.events.KeyFigureNames;
import io.budgetwatch.events.Row;
import io.budgetwatch.events.Table;
import io.budgetwatch.events.TableTypes;

/**
 * 江苏 公开表 (tables PDF split from the text PDF): Excel output (政协 2019) and Acrobat Distiller output on pages
 * rotated by 90° (省委办公厅 2018). The 收支总表 has three halves: 收入 | 支出 by function | 支出 by use.
 */
class JiangsuTest {
    private static final String ZX = "js-zxbgt-2019-tables.pdf";
    private static final String SW = "js-swbgt-2018-tables.pdf";
    private static final String WAN = "万元";

    @Test
    void excelTablesFiguresAgree() {
        DisclosureParsed parsed = Corpus.read(ZX);
        assertEquals(2019, parsed.year());
        assertEquals("江苏省", parsed.department().region());
        // 江苏 publishes no 国有资本经营预算 table in 2019.
        assertEquals(List.of(TableTypes.STATE_CAPITAL_EXPENDITURE), parsed.quality().tablesMissing());
        String summary = TableTypes.INCOME_EXPENDITURE_SUMMARY;
        assertFigure(parsed, KeyFigureNames.INCOME_TOTAL, "13377.11", WAN, summary);
        assertFigure(parsed, KeyFigureNames.EXPENDITURE_TOTAL, "13377.11", WAN, summary);
        assertFigure(parsed, KeyFigureNames.GENERAL_BUDGET_APPROPRIATION, "13297.11", WAN, summary);
        assertFigure(parsed, KeyFigureNames.BASIC_EXPENDITURE, "6522.75", WAN, TableTypes.EXPENDITURE_SUMMARY);
        assertFigure(parsed, KeyFigureNames.PROJECT_EXPENDITURE, "4968.34", WAN, TableTypes.EXPENDITURE_SUMMARY);
        String three = TableTypes.THREE_PUBLIC_EXPENDITURE;
        // The table's 合计 2224.43 includes 会议费 and 培训费; the “三公” total is its 小计.
        assertFigure(parsed, KeyFigureNames.THREE_PUBLIC_TOTAL, "660.10", WAN, three);
        assertFigure(parsed, KeyFigureNames.THREE_PUBLIC_OVERSEAS, "106.00", WAN, three);
        assertFigure(parsed, KeyFigureNames.THREE_PUBLIC_VEHICLE_TOTAL, "156.60", WAN, three);
        assertFigure(parsed, KeyFigureNames.THREE_PUBLIC_VEHICLE_OPERATION, "156.60", WAN, three);
        assertFigure(parsed, KeyFigureNames.THREE_PUBLIC_RECEPTION, "397.50", WAN, three);
        assertSum(parsed, KeyFigureNames.THREE_PUBLIC_TOTAL, KeyFigureNames.THREE_PUBLIC_OVERSEAS,
                KeyFigureNames.THREE_PUBLIC_VEHICLE_TOTAL, KeyFigureNames.THREE_PUBLIC_RECEPTION);
        Table fund = Corpus.table(ZX, TableTypes.GOVERNMENT_FUND_EXPENDITURE);
        assertTrue(fund.empty(), "注：本部门无该项目");
    }

    @Test
    void threeHalvesOfTheSummaryStayApart() {
        Table summary = Corpus.table(ZX, TableTypes.INCOME_EXPENDITURE_SUMMARY);
        assertEquals("13297.11", Corpus.row(summary, Row.INCOME_SIDE, "一、财政拨款").amount(ColumnKeys.AMOUNT).value());
        assertEquals("10271.56", Corpus.row(summary, Row.EXPENDITURE_SIDE, "一、一般公共服务支出").amount(ColumnKeys.AMOUNT).value());
        // The 支出用途 half prints the same expenditure again: its own side, so no rule adds it to the first.
        assertEquals("6522.75", Corpus.row(summary, Row.EXPENDITURE_ECONOMIC_SIDE, "一、基本支出").amount(ColumnKeys.AMOUNT).value());
        assertTrue(summary.rows().stream().noneMatch(r -> Row.EXPENDITURE_SIDE.equals(r.side()) && r.name().contains("基本支出")));
        // 当年支出小计 is merged over the function half; its amount is printed under the use half.
        assertEquals("13377.11", Corpus.row(summary, Row.EXPENDITURE_SIDE, "当年支出小计").amount(ColumnKeys.AMOUNT).value());
        assertBalanced(Arithmetic.namedRowsAddUpAcross(summary, ColumnKeys.AMOUNT, Row.EXPENDITURE_SIDE, "当年支出小计",
                Row.EXPENDITURE_ECONOMIC_SIDE, "一、基本支出", "二、项目支出", "三、单位预留机动经费"));
        assertBalanced(Arithmetic.namedRowsAddUp(summary, Row.EXPENDITURE_SIDE, ColumnKeys.AMOUNT, "当年支出小计",
                "一、一般公共服务支出", "八、社会保障和就业支出", "十八、住房保障支出"));
    }

    @Test
    void rotatedDistillerPagesAreRead() {
        DisclosureParsed parsed = Corpus.read(SW);
        assertFigure(parsed, KeyFigureNames.INCOME_TOTAL, "24458.43", WAN, TableTypes.INCOME_EXPENDITURE_SUMMARY);
        assertFigure(parsed, KeyFigureNames.BASIC_EXPENDITURE, "10403.11", WAN, TableTypes.EXPENDITURE_SUMMARY);
        assertFigure(parsed, KeyFigureNames.PROJECT_EXPENDITURE, "12081.46", WAN, TableTypes.EXPENDITURE_SUMMARY);
        assertFigure(parsed, KeyFigureNames.THREE_PUBLIC_TOTAL, "508.20", WAN, TableTypes.THREE_PUBLIC_EXPENDITURE);
        assertFigure(parsed, KeyFigureNames.THREE_PUBLIC_VEHICLE_TOTAL, "411.20", WAN, TableTypes.THREE_PUBLIC_EXPENDITURE);
        Table expenditure = Corpus.table(SW, TableTypes.EXPENDITURE_SUMMARY);
        // 合计 24458.43 = 基本 10403.11 + 项目 12081.46 + 单位预留机动经费 1973.86 (column c4).
        assertBalanced(Arithmetic.rowsAddUp(expenditure, ColumnKeys.TOTAL, ColumnKeys.BASIC, ColumnKeys.PROJECT, "c4"));
    }

    @Test
    void summaryContinuedOnAPageWithFewerColumnLinesKeepsItsTotals() {
        String file = "js-renda-2017.pdf";
        DisclosureParsed parsed = Corpus.read(file);
        assertEquals("江苏省人大常委会办公厅", parsed.department().name());
        Table summary = Corpus.table(file, TableTypes.INCOME_EXPENDITURE_SUMMARY);
        assertEquals(List.of(7, 8, 9), summary.pages());
        // 当年收入 (page 8) / 小计 (page 9): a name wrapped over the page break is one row.
        Row current = Corpus.row(summary, Row.INCOME_SIDE, "当年收入小计");
        assertEquals(8, current.page());
        assertEquals("13649.07", current.amount(ColumnKeys.AMOUNT).value());
        // Page 9 has no line between the two 支出 halves; 支出合计 stays on the expenditure side with its amount.
        assertEquals("13649.07", Corpus.row(summary, Row.EXPENDITURE_SIDE, "支出合计").amount(ColumnKeys.AMOUNT).value());
        Corpus.row(summary, Row.INCOME_SIDE, "上年结转资金");
        assertFigure(parsed, KeyFigureNames.INCOME_TOTAL, "13649.07", WAN, TableTypes.INCOME_EXPENDITURE_SUMMARY);
        assertFigure(parsed, KeyFigureNames.BASIC_EXPENDITURE, "7666.68", WAN, TableTypes.EXPENDITURE_SUMMARY);
        assertFigure(parsed, KeyFigureNames.PROJECT_EXPENDITURE, "5853.96", WAN, TableTypes.EXPENDITURE_SUMMARY);
        // 合计 13649.07 = 基本 7666.68 + 项目 5853.96 + 单位预留机动经费 128.43 (支出预算总表, page 10).
        Table expenditure = Corpus.table(file, TableTypes.EXPENDITURE_SUMMARY);
        assertEquals("128.43", expenditure.rows().get(0).amount("c4").value());
        assertBalanced(Arithmetic.rowsAddUp(expenditure, ColumnKeys.TOTAL, ColumnKeys.BASIC, ColumnKeys.PROJECT, "c4"));
    }

    @ParameterizedTest
    @ValueSource(strings = {ZX, SW})
    void printedArithmeticStillHoldsAfterParsing(String file) {
        for (String type : List.of(TableTypes.GENERAL_BUDGET_EXPENDITURE, TableTypes.GENERAL_BUDGET_BASIC_EXPENDITURE)) {
            Table table = Corpus.table(file, type);
            assertBalanced(parentsEqualChildren(table, ColumnKeys.AMOUNT));
            assertBalanced(totalRowEqualsClasses(table, "合计", ColumnKeys.AMOUNT));
        }
    }
}

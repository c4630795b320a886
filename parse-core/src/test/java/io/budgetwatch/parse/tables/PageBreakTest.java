package io.budgetwatch.parse.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.budgetwatch.events.ColumnKeys;
import io.budgetwatch.events.Row;
import io.budgetwatch.events.Table;
import io.budgetwatch.parse.grid.Grid;
import io.budgetwatch.parse.grid.GridRow;
import io.budgetwatch.parse.grid.PrintedAmounts;

/** A table continued on the next page, with one row cut by the page break (河北: {@code 1700.} / {@code 00}). */
class PageBreakTest {
    private static final List<String> HEADER = List.of("序号", "科目编码", "科目名称", "合计");
    private static final List<String> COLUMN_NUMBERS = List.of("栏次", "1", "2", "3");

    @Test
    void rowCutByThePageBreakIsJoinedAndHeadersAreNotRows() {
        TableDraft draft = new TableDraft("expenditure_summary", "部门预算支出总表", 1, "万元");
        draft.addGrid(grid(1, HEADER, COLUMN_NUMBERS, List.of("1", "", "合计", "3400.00"),
                List.of("2", "206", "科学技术支出", "1700.")));
        draft.addGrid(grid(2, HEADER, COLUMN_NUMBERS, List.of("", "", "", "00"),
                List.of("3", "20601", "科学技术管理事务", "1700.00")));
        Table table = draft.build();

        assertEquals(List.of(1, 2), table.pages());
        assertEquals(List.of("合计", "科学技术支出", "科学技术管理事务"), table.rows().stream().map(Row::name).toList());
        Row cut = table.rows().get(1);
        assertEquals("1700.00", cut.amount(ColumnKeys.TOTAL).value());
        assertEquals(1, cut.page(), "the row starts on the first page");
        assertEquals("206", table.rows().get(2).parentCode());
    }

    @Test
    void nameWrappedOverThePageBreakIsJoined() {
        TableDraft draft = new TableDraft("expenditure_summary", "部门预算支出总表", 1, "万元");
        draft.addGrid(grid(1, HEADER, COLUMN_NUMBERS, List.of("1", "2080505", "机关事业单位基本养老保险", "160.75")));
        draft.addGrid(grid(2, HEADER, COLUMN_NUMBERS, List.of("", "", "缴费支出", ""),
                List.of("2", "2080506", "机关事业单位职业年金缴费支出", "80.38")));
        Table table = draft.build();

        assertEquals(2, table.rows().size());
        assertEquals("机关事业单位基本养老保险缴费支出", table.rows().get(0).name());
        assertEquals("160.75", table.rows().get(0).amount(ColumnKeys.TOTAL).value());
    }

    @SafeVarargs
    private static Grid grid(int page, List<String>... rows) {
        List<GridRow> gridRows = new ArrayList<>();
        float top = 100;
        for (List<String> texts : rows) {
            gridRows.add(new GridRow(top, top + 20, texts, new int[] {0, 1, 2, 3}, new boolean[4],
                    new float[] {45, 85, 165, 605}));
            top += 20;
        }
        List<String> printed = gridRows.stream().flatMap(r -> r.texts().stream()).filter(PrintedAmounts::isAmount)
                .toList();
        return new Grid(page, 40, 100, 800, top, List.of(40f, 80f, 160f, 600f, 800f), gridRows, printed, true, List.of());
    }
}

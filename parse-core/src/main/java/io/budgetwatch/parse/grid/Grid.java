package io.budgetwatch.parse.grid;

import java.util.List;

/**
 * A table grid found on one page: its box, its leaf column boundaries, its rows top to bottom, the decimal amounts
 * printed inside it ({@link PrintedAmounts}), which the table read from it must account for, whether ruling
 * lines drew it ({@link LatticeBuilder}) or only white space aligns it ({@link StreamGrids}), and the doubts the
 * builder had about its own reading (Chinese, with the page), which make the table read from it suspect.
 */
public record Grid(int page, float left, float top, float right, float bottom, List<Float> columnEdges,
        List<GridRow> rows, List<String> printedAmounts, boolean ruled, List<String> doubts) {

    public int columnCount() {
        return columnEdges.size() - 1;
    }

    public Grid withRows(float newTop, List<GridRow> newRows) {
        return new Grid(page, left, newTop, right, bottom, columnEdges, newRows, printedAmounts, ruled, doubts);
    }
}

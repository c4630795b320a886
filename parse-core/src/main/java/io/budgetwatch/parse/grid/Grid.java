package io.budgetwatch.parse.grid;

import java.util.List;

/**
 * A table grid found on one page: its box, its leaf column boundaries, its rows top to bottom, and the decimal
 * amounts printed inside it ({@link PrintedAmounts}), which the table read from it must account for.
 */
public record Grid(int page, float left, float top, float right, float bottom, List<Float> columnEdges,
        List<GridRow> rows, List<String> printedAmounts) {

    public int columnCount() {
        return columnEdges.size() - 1;
    }

    public Grid withRows(float newTop, List<GridRow> newRows) {
        return new Grid(page, left, newTop, right, bottom, columnEdges, newRows, printedAmounts);
    }
}

package io.budgetwatch.parse.grid;

import java.util.List;

/** A table grid found on one page: its box, its leaf column boundaries and its rows, top to bottom. */
public record Grid(int page, float left, float top, float right, float bottom, List<Float> columnEdges,
        List<GridRow> rows) {

    public int columnCount() {
        return columnEdges.size() - 1;
    }
}

package io.budgetwatch.parse.grid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Re-expresses a grid over another grid's column edges. A table continued on the next page may lose inner column
 * lines where its last rows merge cells (江苏 收支总表: 支出合计 spans the function and use halves); projecting
 * the continuation onto the first page's columns keeps every amount under its own header.
 */
public final class GridProjection {
    /** Two grids are the same table width when their outer edges are this close (points). */
    private static final float SAME_EDGE = 4f;

    private GridProjection() {
    }

    public static boolean sameWidth(Grid grid, List<Float> edges) {
        return Math.abs(grid.left() - edges.get(0)) <= SAME_EDGE
                && Math.abs(grid.right() - edges.get(edges.size() - 1)) <= SAME_EDGE;
    }

    public static Grid onto(Grid grid, List<Float> edges) {
        List<GridRow> rows = new ArrayList<>();
        for (GridRow row : grid.rows()) {
            rows.add(project(row, grid.columnEdges(), edges));
        }
        return new Grid(grid.page(), grid.left(), grid.top(), grid.right(), grid.bottom(), edges, rows,
                grid.printedAmounts(), grid.ruled(), grid.doubts());
    }

    private static GridRow project(GridRow row, List<Float> from, List<Float> to) {
        int columns = to.size() - 1;
        List<String> texts = new ArrayList<>(Collections.nCopies(columns, ""));
        int[] spanStart = new int[columns];
        boolean[] openTop = new boolean[columns];
        float[] textLeft = new float[columns];
        Arrays.fill(textLeft, Float.NaN);
        for (int j = 0; j < columns; j++) {
            int source = LatticeBuilder.columnOf((to.get(j) + to.get(j + 1)) / 2, from);
            int cell = row.spanStart()[source];
            int target = nearestEdge(from.get(cell), to);
            spanStart[j] = target;
            openTop[j] = row.openTop()[cell];
            if (target == j) {
                texts.set(j, row.text(cell));
                textLeft[j] = row.textLeft()[cell];
            }
        }
        return new GridRow(row.top(), row.bottom(), texts, spanStart, openTop, textLeft);
    }

    private static int nearestEdge(float x, List<Float> edges) {
        int best = 0;
        for (int j = 1; j < edges.size() - 1; j++) {
            if (Math.abs(edges.get(j) - x) < Math.abs(edges.get(best) - x)) {
                best = j;
            }
        }
        return best;
    }
}

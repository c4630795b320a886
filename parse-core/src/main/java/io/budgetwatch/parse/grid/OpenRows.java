package io.budgetwatch.parse.grid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import io.budgetwatch.parse.pdf.Glyph;

/**
 * A row printed just outside a grid with neither border nor column lines (a table broken across pages by Word or
 * WPS: the continuation's first row, or the page's last row): a line of text directly above or below the grid,
 * within its width, that prints amounts. It is that grid's row, never prose, or its amounts would be lost.
 */
final class OpenRows {
    /** At most this many rows are taken beyond each edge: the break leaves one row open, rarely two. */
    private static final int MAX_ROWS_PER_EDGE = 2;
    /** The gap to the grid may be up to this share of the grid's typical row height. */
    private static final float MAX_GAP_ROWS = 0.75f;
    private static final float EDGE_SLACK = 2f;
    private static final Pattern NOTE = Pattern.compile("^(注|备注|说明|资料来源)");

    private OpenRows() {
    }

    static Grid attach(Grid grid, List<List<Glyph>> freeLines, List<Glyph> allGlyphs) {
        float rowHeight = typicalRowHeight(grid);
        if (rowHeight <= 0) {
            return grid;
        }
        List<GridRow> rows = new ArrayList<>(grid.rows());
        float top = grid.top();
        float bottom = grid.bottom();
        for (int added = 0; added < MAX_ROWS_PER_EDGE; added++) {
            List<Glyph> below = adjacent(freeLines, grid, bottom, rowHeight, false);
            if (below == null) {
                break;
            }
            float lineBottom = lineBottom(below);
            rows.add(row(below, bottom, lineBottom, grid.columnEdges()));
            bottom = lineBottom;
        }
        for (int added = 0; added < MAX_ROWS_PER_EDGE; added++) {
            List<Glyph> above = adjacent(freeLines, grid, top, rowHeight, true);
            if (above == null) {
                break;
            }
            float lineTop = lineTop(above);
            rows.add(0, row(above, lineTop, top, grid.columnEdges()));
            top = lineTop;
        }
        if (rows.size() == grid.rows().size()) {
            return grid;
        }
        return new Grid(grid.page(), grid.left(), top, grid.right(), bottom, grid.columnEdges(), rows,
                PrintedAmounts.in(allGlyphs, top, bottom, grid.columnEdges()), grid.ruled(), grid.doubts());
    }

    /** The free line touching {@code edge} from outside, within the grid's width, printing an amount; or null. */
    private static List<Glyph> adjacent(List<List<Glyph>> lines, Grid grid, float edge, float rowHeight, boolean above) {
        for (List<Glyph> line : lines) {
            float gap = above ? edge - lineBottom(line) : lineTop(line) - edge;
            boolean within = line.stream().allMatch(g -> g.x() >= grid.left() - EDGE_SLACK
                    && g.right() <= grid.right() + EDGE_SLACK);
            if (gap >= -EDGE_SLACK && gap <= rowHeight * MAX_GAP_ROWS && within && printsAmount(line, grid)) {
                return line;
            }
        }
        return null;
    }

    /** A row: an amount, cells in two columns at least, and no sentence (a note under the table quotes figures). */
    private static boolean printsAmount(List<Glyph> line, Grid grid) {
        String text = CellText.of(line);
        if (NOTE.matcher(text).find() || text.contains("。")) {
            return false;
        }
        long columns = line.stream().map(g -> LatticeBuilder.columnOf(g.centerX(), grid.columnEdges())).distinct()
                .count();
        return columns >= 2
                && !PrintedAmounts.in(line, lineTop(line) - 1, lineBottom(line) + 1, grid.columnEdges()).isEmpty();
    }

    private static GridRow row(List<Glyph> line, float top, float bottom, List<Float> edges) {
        List<List<Glyph>> cells = GridRow.emptyCells(edges);
        for (Glyph g : line) {
            cells.get(LatticeBuilder.columnOf(g.centerX(), edges)).add(g);
        }
        return GridRow.unmerged(top, bottom, cells);
    }

    private static float typicalRowHeight(Grid grid) {
        float[] heights = new float[grid.rows().size()];
        for (int i = 0; i < heights.length; i++) {
            heights[i] = grid.rows().get(i).bottom() - grid.rows().get(i).top();
        }
        Arrays.sort(heights);
        return heights.length == 0 ? 0 : heights[heights.length / 2];
    }

    private static float lineTop(List<Glyph> line) {
        return (float) line.stream().mapToDouble(g -> g.y() - g.height()).min().orElse(0);
    }

    private static float lineBottom(List<Glyph> line) {
        return (float) line.stream().mapToDouble(Glyph::y).max().orElse(0);
    }
}

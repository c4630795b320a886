package io.budgetwatch.parse.grid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.budgetwatch.parse.pdf.Glyph;

/**
 * One row of a grid: the text of each leaf column (empty when blank); per leaf column, the index of the leftmost
 * leaf of the merged cell it belongs to (header cells often span several columns), whether no line closes it at the
 * top, i.e. it continues the cell above (a header label wrapped over two bands), and where its text starts (NaN when
 * blank): an outline printed without codes or numbers shows its levels by indentation only.
 */
public record GridRow(float top, float bottom, List<String> texts, int[] spanStart, boolean[] openTop,
        float[] textLeft) {

    /**
     * A row of unmerged cells, one per column, with no line missing above (a row of a grid read from white space, or
     * one printed outside the ruling lines): {@code cells} are the glyphs each column holds.
     */
    static GridRow unmerged(float top, float bottom, List<List<Glyph>> cells) {
        int[] spanStart = new int[cells.size()];
        Arrays.setAll(spanStart, j -> j);
        return new GridRow(top, bottom, cells.stream().map(CellText::of).toList(), spanStart,
                new boolean[cells.size()], textLeft(cells));
    }

    /** Empty cells, one per column between {@code edges}. */
    static List<List<Glyph>> emptyCells(List<Float> edges) {
        List<List<Glyph>> cells = new ArrayList<>();
        for (int j = 0; j + 1 < edges.size(); j++) {
            cells.add(new ArrayList<>());
        }
        return cells;
    }

    /**
     * Where each cell's text starts: the leftmost glyph of its first line (a wrapped name's next line starts at the
     * cell's margin whatever the indentation), NaN for a blank cell.
     */
    static float[] textLeft(List<List<Glyph>> cells) {
        float[] left = new float[cells.size()];
        for (int j = 0; j < left.length; j++) {
            List<List<Glyph>> lines = CellText.lines(cells.get(j));
            left[j] = lines.isEmpty() ? Float.NaN
                    : (float) lines.get(0).stream().mapToDouble(Glyph::x).min().orElse(Float.NaN);
        }
        return left;
    }

    public String text(int column) {
        return texts.get(column);
    }

    public boolean isBlank() {
        return texts.stream().allMatch(String::isEmpty);
    }

    /** All non-empty texts joined, for matching a row as a whole. */
    public String joined() {
        return String.join("", texts);
    }
}

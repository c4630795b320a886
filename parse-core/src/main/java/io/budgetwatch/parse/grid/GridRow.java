package io.budgetwatch.parse.grid;

import java.util.List;

/**
 * One row of a ruled grid: the text of each leaf column (empty when blank); per leaf column, the index of the
 * leftmost leaf of the merged cell it belongs to (header cells often span several columns), and whether no line
 * closes it at the top, i.e. it continues the cell above (a header label wrapped over two bands).
 */
public record GridRow(float top, float bottom, List<String> texts, int[] spanStart, boolean[] openTop) {

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

package io.budgetwatch.events;

import java.util.ArrayList;
import java.util.List;

/**
 * How far the reader stands behind one table. {@code amountGlyphs} counts the decimal amounts printed inside the
 * table's ruled region, {@code amountGlyphsAccounted} those that landed in an amount cell; {@code unaccounted}
 * quotes the others (at most a few). {@code sums} counts the parent = Σ children relations of its code outline,
 * {@code sumsHolding} those that hold. A non-empty {@code suspectReasons} means the reading (not the document) is
 * in doubt: no rule takes numbers from the table, and one "incomplete reading" finding names it instead.
 */
public record TableReading(int amountGlyphs, int amountGlyphsAccounted, List<String> unaccounted, int sums,
        int sumsHolding, List<String> suspectReasons) {

    public static final TableReading UNCHECKED = new TableReading(0, 0, List.of(), 0, 0, List.of());

    /** The same check with one more reason to doubt the reading (found while shaping the table). */
    public TableReading suspectedFor(String reason) {
        List<String> reasons = new ArrayList<>(suspectReasons == null ? List.of() : suspectReasons);
        reasons.add(reason);
        return new TableReading(amountGlyphs, amountGlyphsAccounted, unaccounted, sums, sumsHolding,
                List.copyOf(reasons));
    }

    public boolean suspect() {
        return suspectReasons != null && !suspectReasons.isEmpty();
    }
}

package io.budgetwatch.parse.grid;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import io.budgetwatch.parse.pdf.Glyph;
import io.budgetwatch.parse.text.CjkText;

/**
 * The amounts printed inside a grid, word by word and column by column, straight from the glyphs: what the table
 * read from that grid must account for. An amount is a decimal or an integer grouped by thousands (270,000); plain
 * integers are left out on purpose (codes, ordinals and 栏次 numbers are integers too). A broken amount — a word
 * that is only the decimals (.46) — is kept as printed: no cell can hold it, so a table
 * whose amounts the producer drew in pieces is never taken for read.
 */
public final class PrintedAmounts {
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?|-?\\d+\\.\\d+");
    /** Only the decimals: "207" above ".46". A number ending in its point is an ordinal (1. 一般公共预算). */
    private static final Pattern BROKEN = Pattern.compile("\\.\\d+");
    /** Glyphs further apart than this share of their height are separate words (as {@link CellText} spaces them). */
    static final float WORD_GAP = 0.6f;

    private PrintedAmounts() {
    }

    /** Whether {@code text} is one amount as counted here (a decimal, or an integer grouped by thousands). */
    public static boolean isAmount(String text) {
        return DECIMAL.matcher(text).matches();
    }

    /** The decimal amounts among the glyphs whose centre lies in the box, commas removed. */
    public static List<String> in(List<Glyph> glyphs, float top, float bottom, List<Float> columnEdges) {
        List<String> amounts = new ArrayList<>();
        for (List<Glyph> column : LatticeBuilder.byColumn(glyphs, top, bottom, columnEdges)) {
            for (List<Glyph> line : CellText.lines(column)) {
                line.sort(Comparator.comparingDouble(Glyph::x));
                words(line, amounts);
            }
        }
        return amounts;
    }

    private static void words(List<Glyph> line, List<String> amounts) {
        StringBuilder word = new StringBuilder();
        Glyph previous = null;
        for (Glyph g : line) {
            if (previous != null && g.x() - previous.right() > previous.height() * WORD_GAP) {
                add(word, amounts);
            }
            word.append(g.text());
            previous = g;
        }
        add(word, amounts);
    }

    private static void add(StringBuilder word, List<String> amounts) {
        String text = CjkText.normalise(word.toString()).replace(" ", "").replace("，", ",");
        if (DECIMAL.matcher(text).matches()) {
            amounts.add(text.replace(",", ""));
        } else if (BROKEN.matcher(text).matches()) {
            amounts.add(text);
        }
        word.setLength(0);
    }
}

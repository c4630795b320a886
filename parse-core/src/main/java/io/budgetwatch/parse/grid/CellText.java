package io.budgetwatch.parse.grid;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.budgetwatch.parse.pdf.Glyph;
import io.budgetwatch.parse.text.CjkText;

/** Turns the glyphs inside one box into text: lines top to bottom (a wrapped name is one text), glyphs by x. */
public final class CellText {
    /** How far glyphs of one line may stand off its baseline (sub/superscripts), as a share of their size. */
    private static final float BASELINE_SHIFT = 0.4f;

    private CellText() {
    }

    public static String of(List<Glyph> glyphs) {
        if (glyphs.isEmpty()) {
            return "";
        }
        List<List<Glyph>> lines = lines(glyphs);
        StringBuilder text = new StringBuilder();
        for (List<Glyph> line : lines) {
            line.sort(Comparator.comparingDouble(Glyph::x));
            Glyph previous = null;
            for (Glyph g : line) {
                if (previous != null && g.x() - previous.right() > previous.height() * 0.6f) {
                    text.append(' ');
                }
                text.append(g.text());
                previous = g;
            }
        }
        return CjkText.normalise(text.toString()).trim();
    }

    /**
     * Groups glyphs that stand on one baseline into lines, top first. Baselines, not vertical centres: fonts whose
     * boxes are misreported (上海普陀 决算: CJK glyphs 1.6 high beside digits 9.6 high on the same baseline) would put
     * the digits of every sentence on a line of their own.
     */
    public static List<List<Glyph>> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::y));
        List<List<Glyph>> lines = new ArrayList<>();
        List<Glyph> line = new ArrayList<>();
        float baseline = Float.NaN;
        float lineSize = 0;
        for (Glyph g : sorted) {
            if (!line.isEmpty() && Math.abs(g.y() - baseline) > Math.max(size(g), lineSize) * BASELINE_SHIFT) {
                lines.add(line);
                line = new ArrayList<>();
            }
            if (line.isEmpty()) {
                baseline = g.y();
                lineSize = 0;
            }
            lineSize = Math.max(lineSize, size(g));
            line.add(g);
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    /** A glyph's font size as far as its box tells: the larger side, so a box reported too flat still counts. */
    private static float size(Glyph g) {
        return Math.max(g.height(), g.width());
    }
}

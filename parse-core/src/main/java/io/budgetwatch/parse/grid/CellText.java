package io.budgetwatch.parse.grid;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.budgetwatch.parse.pdf.Glyph;
import io.budgetwatch.parse.text.CjkText;

/** Turns the glyphs inside one box into text: lines top to bottom (a wrapped name is one text), glyphs by x. */
public final class CellText {
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

    /** Groups glyphs whose vertical centres are within half a glyph height into lines, top first. */
    public static List<List<Glyph>> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::centerY));
        List<List<Glyph>> lines = new ArrayList<>();
        List<Glyph> line = new ArrayList<>();
        float lineY = Float.NaN;
        for (Glyph g : sorted) {
            if (!line.isEmpty() && Math.abs(g.centerY() - lineY) > g.height() * 0.5f) {
                lines.add(line);
                line = new ArrayList<>();
            }
            if (line.isEmpty()) {
                lineY = g.centerY();
            }
            line.add(g);
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }
}

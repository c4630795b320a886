package io.budgetwatch.parse.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.budgetwatch.parse.pdf.Glyph;

/** Lines are told by their baselines, whatever boxes the fonts report. */
class CellTextTest {

    /** A run of glyphs on one baseline, 12 pt apart, each {@code height} high as its font reports it. */
    private static List<Glyph> run(String text, float x, float baseline, float width, float height) {
        List<Glyph> glyphs = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            glyphs.add(new Glyph(String.valueOf(text.charAt(i)), x + i * width, baseline, width, height));
        }
        return glyphs;
    }

    @Test
    void digitsOfAFontWithATallerBoxStayInTheirSentence() {
        // 上海普陀 决算 (ONLYOFFICE): CJK glyphs reported 1.572 high, the digits beside them 9.6, one baseline
        List<Glyph> glyphs = new ArrayList<>();
        glyphs.addAll(run("收入支出总计", 96, 194.6f, 12, 1.572f));
        glyphs.addAll(run("2995.39", 168, 194.6f, 6, 9.6f));
        glyphs.addAll(run("万元。", 210, 194.6f, 12, 1.572f));
        glyphs.addAll(run("本年收入合计", 96, 222.5f, 12, 1.572f));
        glyphs.addAll(run("2946.25", 168, 222.5f, 6, 9.6f));

        List<List<Glyph>> lines = CellText.lines(glyphs);

        assertEquals(2, lines.size());
        assertEquals("收入支出总计2995.39万元。", CellText.of(lines.get(0)));
        assertEquals("本年收入合计2946.25", CellText.of(lines.get(1)));
    }

    @Test
    void aSuperscriptJoinsItsLineAndTheNextLineStaysApart() {
        List<Glyph> glyphs = new ArrayList<>();
        glyphs.addAll(run("合计", 96, 100, 10.5f, 10.5f));
        glyphs.addAll(run("1", 117, 97, 4, 5)); // a footnote mark raised 3 pt
        glyphs.addAll(run("其中", 96, 113, 10.5f, 10.5f)); // the next line, 13 pt below

        List<List<Glyph>> lines = CellText.lines(glyphs);

        assertEquals(List.of("合计1", "其中"), lines.stream().map(CellText::of).toList());
    }
}

package io.budgetwatch.parse.grid;

import java.util.ArrayList;
import java.util.List;

import io.budgetwatch.parse.pdf.Glyph;
import io.budgetwatch.parse.pdf.Ruling;

/** One page as grids plus the free text lines around them, each in reading order (top to bottom). */
public record PageLayout(int page, List<Grid> grids, List<TextLine> lines) {

    public static PageLayout of(int page, List<Glyph> glyphs, List<Ruling> rulings) {
        List<Grid> ruled = new LatticeBuilder().build(page, rulings, glyphs);
        List<List<Glyph>> outside = CellText.lines(
                glyphs.stream().filter(g -> ruled.stream().noneMatch(grid -> inside(g, grid))).toList());
        List<Grid> grids = ruled.stream().map(grid -> OpenRows.attach(grid, outside, glyphs)).toList();
        List<Glyph> free = glyphs.stream().filter(g -> grids.stream().noneMatch(grid -> inside(g, grid))).toList();
        List<TextLine> lines = new ArrayList<>();
        for (List<Glyph> line : CellText.lines(free)) {
            float top = (float) line.stream().mapToDouble(g -> g.y() - g.height()).min().orElse(0);
            float bottom = (float) line.stream().mapToDouble(Glyph::y).max().orElse(0);
            lines.add(new TextLine(CellText.of(line), top, bottom));
        }
        return new PageLayout(page, grids, lines);
    }

    private static boolean inside(Glyph g, Grid grid) {
        return g.centerX() >= grid.left() && g.centerX() <= grid.right() && g.centerY() >= grid.top()
                && g.centerY() <= grid.bottom();
    }

    /**
     * The text outside the ruled grids, line by line: the prose a claim may come from. Table cells read in a row run
     * together into sentence-like strings (一级指标二级指标… 资金拨付率 ≥80%) that no one wrote as a statement.
     */
    public String prose() {
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(line.text()).append('\n'));
        return text.toString();
    }

    /** The page's text, grids included, line by line: what the explanatory-text readers work on. */
    public static String text(List<Glyph> glyphs) {
        StringBuilder text = new StringBuilder();
        for (List<Glyph> line : CellText.lines(glyphs)) {
            text.append(CellText.of(line)).append('\n');
        }
        return text.toString();
    }
}

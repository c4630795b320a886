package io.budgetwatch.parse.grid;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.budgetwatch.parse.pdf.Glyph;
import io.budgetwatch.parse.pdf.Ruling;

/**
 * One page as grids plus the free text lines around them, each in reading order (top to bottom). Ruled grids come
 * first ({@link LatticeBuilder}); what lies outside them may still hold tables aligned by white space only
 * ({@link StreamGrids}), whose lines stay prose: a block that looks tabular but is no table keeps its text.
 */
public record PageLayout(int page, List<Grid> grids, List<TextLine> lines, List<TextLine> proseLines) {

    public static PageLayout of(int page, List<Glyph> glyphs, List<Ruling> rulings) {
        List<Grid> lattice = new LatticeBuilder().build(page, rulings, glyphs);
        List<List<Glyph>> freeLines = CellText.lines(outside(glyphs, lattice));
        List<Grid> ruled = lattice.stream().map(grid -> OpenRows.attach(grid, freeLines, glyphs)).toList();
        List<Glyph> unruled = outside(glyphs, ruled);
        List<Grid> grids = new ArrayList<>(ruled);
        grids.addAll(StreamGrids.find(page, unruled));
        grids.sort(Comparator.comparingDouble(Grid::top));
        return new PageLayout(page, List.copyOf(grids), lines(outside(unruled, grids)), lines(unruled));
    }

    private static List<Glyph> outside(List<Glyph> glyphs, List<Grid> grids) {
        return glyphs.stream().filter(g -> grids.stream().noneMatch(grid -> inside(g, grid))).toList();
    }

    private static List<TextLine> lines(List<Glyph> glyphs) {
        List<TextLine> lines = new ArrayList<>();
        for (List<Glyph> line : CellText.lines(glyphs)) {
            float top = (float) line.stream().mapToDouble(g -> g.y() - g.height()).min().orElse(0);
            float bottom = (float) line.stream().mapToDouble(Glyph::y).max().orElse(0);
            lines.add(new TextLine(CellText.of(line), top, bottom));
        }
        return lines;
    }

    private static boolean inside(Glyph g, Grid grid) {
        return g.centerX() >= grid.left() && g.centerX() <= grid.right() && g.centerY() >= grid.top()
                && g.centerY() <= grid.bottom();
    }

    /**
     * The text outside the ruled grids, line by line: the prose a claim may come from. Ruled table cells read in a
     * row run together into sentence-like strings (一级指标二级指标… 资金拨付率 ≥80%) that no one wrote as a
     * statement.
     */
    public String prose() {
        StringBuilder text = new StringBuilder();
        proseLines.forEach(line -> text.append(line.text()).append('\n'));
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

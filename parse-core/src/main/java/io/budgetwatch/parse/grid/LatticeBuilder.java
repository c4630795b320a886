package io.budgetwatch.parse.grid;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.budgetwatch.parse.pdf.Glyph;
import io.budgetwatch.parse.pdf.Ruling;

/**
 * Builds table grids from ruling lines: lines that touch form one table; their positions give the leaf rows and
 * columns; a column edge counts in a row only where a vertical line actually runs through it, which is how merged
 * header cells are recognised. Glyphs fall into cells by their centre, so a blank cell stays blank.
 */
public final class LatticeBuilder {
    private static final float SAME_LINE = 1.5f;
    private static final float TOUCH = 2.5f;
    private static final float MIN_BAND = 3f;
    /** A band of at least this height beyond the outermost horizontal line is a row whose border was not drawn. */
    private static final float MIN_OPEN_ROW = 8f;

    public List<Grid> build(int page, List<Ruling> rulings, List<Glyph> glyphs) {
        List<Ruling> merged = new ArrayList<>(merge(rulings, true));
        merged.addAll(merge(rulings, false));
        List<Grid> grids = new ArrayList<>();
        for (List<Ruling> component : components(merged)) {
            Grid grid = grid(page, component, glyphs);
            if (grid != null) {
                grids.add(grid);
            }
        }
        grids.sort(Comparator.comparingDouble(Grid::top));
        return grids;
    }

    /** Joins collinear pieces: producers often draw one border per cell. */
    static List<Ruling> merge(List<Ruling> rulings, boolean horizontal) {
        List<Ruling> lines = new ArrayList<>(rulings.stream().filter(r -> r.horizontal() == horizontal).toList());
        lines.sort(Comparator.comparingDouble(Ruling::position).thenComparingDouble(Ruling::from));
        List<Ruling> out = new ArrayList<>();
        List<Ruling> group = new ArrayList<>();
        for (Ruling r : lines) {
            if (!group.isEmpty() && r.position() - group.get(0).position() > SAME_LINE) {
                out.addAll(joinIntervals(group));
                group.clear();
            }
            group.add(r);
        }
        out.addAll(joinIntervals(group));
        return out;
    }

    private static List<Ruling> joinIntervals(List<Ruling> group) {
        if (group.isEmpty()) {
            return List.of();
        }
        List<Ruling> sorted = new ArrayList<>(group);
        sorted.sort(Comparator.comparingDouble(Ruling::from));
        float position = (float) group.stream().mapToDouble(Ruling::position).average().orElse(0);
        boolean horizontal = group.get(0).horizontal();
        List<Ruling> out = new ArrayList<>();
        float from = sorted.get(0).from();
        float to = sorted.get(0).to();
        for (Ruling r : sorted) {
            if (r.from() > to + TOUCH) {
                out.add(new Ruling(horizontal, position, from, to));
                from = r.from();
            }
            to = Math.max(to, r.to());
        }
        out.add(new Ruling(horizontal, position, from, to));
        return out;
    }

    private static List<List<Ruling>> components(List<Ruling> lines) {
        int[] parent = new int[lines.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < lines.size(); i++) {
            for (int j = i + 1; j < lines.size(); j++) {
                if (touch(lines.get(i), lines.get(j))) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        List<List<Ruling>> groups = new ArrayList<>();
        List<Integer> roots = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int root = find(parent, i);
            int index = roots.indexOf(root);
            if (index < 0) {
                roots.add(root);
                groups.add(new ArrayList<>());
                index = groups.size() - 1;
            }
            groups.get(index).add(lines.get(i));
        }
        return groups;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static boolean touch(Ruling a, Ruling b) {
        if (a.horizontal() == b.horizontal()) {
            return false;
        }
        return a.position() >= b.from() - TOUCH && a.position() <= b.to() + TOUCH
                && b.position() >= a.from() - TOUCH && b.position() <= a.to() + TOUCH;
    }

    private static Grid grid(int page, List<Ruling> component, List<Glyph> glyphs) {
        List<Ruling> verticals = component.stream().filter(r -> !r.horizontal()).toList();
        List<Ruling> horizontals = component.stream().filter(Ruling::horizontal).toList();
        List<Float> ys = bandEdges(horizontals, verticals);
        List<Float> xs = positions(verticals);
        if (ys.size() < 2 || xs.size() < 2) {
            return null;
        }
        List<GridRow> rows = new ArrayList<>();
        for (int i = 0; i + 1 < ys.size(); i++) {
            float top = ys.get(i);
            float bottom = ys.get(i + 1);
            if (bottom - top >= MIN_BAND) {
                rows.add(row(top, bottom, xs, verticals, horizontals, glyphs, rows.isEmpty() ? null : rows.get(rows.size() - 1)));
            }
        }
        float top = ys.get(0);
        float bottom = ys.get(ys.size() - 1);
        return new Grid(page, xs.get(0), top, xs.get(xs.size() - 1), bottom, xs, rows,
                PrintedAmounts.in(glyphs, top, bottom, xs), true, List.of());
    }

    /**
     * The row edges: the horizontal lines, plus the ends of vertical lines that stop inside a band. A header cell
     * whose inner line starts half-way down (江苏 收支总表: 功能分类 over 功能科目名称 | 金额, with the line between
     * the two bands not drawn) is two bands, so the lower one keeps the body's column boundaries.
     */
    private static List<Float> bandEdges(List<Ruling> horizontals, List<Ruling> verticals) {
        List<Float> lines = horizontals.stream().map(Ruling::position).toList();
        List<Float> edges = new ArrayList<>(lines);
        float top = lines.stream().min(Float::compare).orElse(0f);
        float bottom = lines.stream().max(Float::compare).orElse(0f);
        for (Ruling vertical : verticals) {
            for (float end : new float[] {vertical.from(), vertical.to()}) {
                boolean inside = end > top + MIN_BAND && end < bottom - MIN_BAND;
                if (inside && lines.stream().noneMatch(y -> Math.abs(y - end) < MIN_BAND)) {
                    edges.add(end);
                }
            }
        }
        openEnd(verticals.stream().map(Ruling::from).filter(y -> y < top - MIN_OPEN_ROW).toList(), verticals)
                .ifPresent(edges::add);
        openEnd(verticals.stream().map(Ruling::to).filter(y -> y > bottom + MIN_OPEN_ROW).toList(), verticals)
                .ifPresent(edges::add);
        return positionsOf(edges);
    }

    /**
     * Word draws no top border on the first row of a continuation page and no bottom border on the last row of a
     * page, but the column lines still run through that row: where most vertical lines end beyond the outermost
     * horizontal line, their median end closes a row that would otherwise fall outside the grid.
     */
    private static Optional<Float> openEnd(List<Float> ends, List<Ruling> verticals) {
        if (ends.size() < 2 || ends.size() * 2 < verticals.size()) {
            return Optional.empty();
        }
        List<Float> sorted = ends.stream().sorted().toList();
        return Optional.of(sorted.get(sorted.size() / 2));
    }

    private static List<Float> positions(List<Ruling> lines) {
        return positionsOf(lines.stream().map(Ruling::position).toList());
    }

    private static List<Float> positionsOf(List<Float> unsorted) {
        List<Float> sorted = unsorted.stream().sorted().toList();
        List<Float> out = new ArrayList<>();
        for (Float p : sorted) {
            if (out.isEmpty() || p - out.get(out.size() - 1) > SAME_LINE * 2) {
                out.add(p);
            }
        }
        return out;
    }

    private static GridRow row(float top, float bottom, List<Float> xs, List<Ruling> verticals,
            List<Ruling> horizontals, List<Glyph> glyphs, GridRow above) {
        int columns = xs.size() - 1;
        int[] spanStart = new int[columns];
        int start = 0;
        for (int j = 0; j < columns; j++) {
            float edge = xs.get(j);
            if (j > 0 && hasEdge(edge, top, bottom, verticals)) {
                start = j;
            }
            spanStart[j] = start;
        }
        boolean[] openTop = new boolean[columns];
        for (int j = 0; j < columns && above != null; j++) {
            float middle = (xs.get(j) + xs.get(j + 1)) / 2;
            // A cell continues the one above only where no line separates them and both span the same columns.
            openTop[j] = !hasEdge(top, middle, middle, horizontals) && sameSpan(above.spanStart(), spanStart, j);
        }
        List<List<Glyph>> inCell = new ArrayList<>();
        for (int j = 0; j < columns; j++) {
            inCell.add(new ArrayList<>());
        }
        List<List<Glyph>> inColumn = byColumn(glyphs, top, bottom, xs);
        for (int j = 0; j < columns; j++) {
            inCell.get(spanStart[j]).addAll(inColumn.get(j)); // a merged cell holds the glyphs of all its columns
        }
        List<String> texts = new ArrayList<>(columns);
        for (List<Glyph> cell : inCell) {
            texts.add(CellText.of(cell));
        }
        return new GridRow(top, bottom, texts, spanStart, openTop, GridRow.textLeft(inCell));
    }

    /** The glyphs whose centre lies in the band [top, bottom), by leaf column. */
    static List<List<Glyph>> byColumn(List<Glyph> glyphs, float top, float bottom, List<Float> xs) {
        int columns = xs.size() - 1;
        List<List<Glyph>> byColumn = new ArrayList<>();
        for (int j = 0; j < columns; j++) {
            byColumn.add(new ArrayList<>());
        }
        for (Glyph g : glyphs) {
            float cx = g.centerX();
            float cy = g.centerY();
            if (cy >= top && cy < bottom && cx >= xs.get(0) && cx < xs.get(columns)) {
                byColumn.get(columnOf(cx, xs)).add(g);
            }
        }
        return byColumn;
    }

    private static boolean sameSpan(int[] above, int[] below, int column) {
        return above[column] == below[column] && spanEnd(above, column) == spanEnd(below, column);
    }

    private static int spanEnd(int[] spanStart, int column) {
        int end = column;
        while (end + 1 < spanStart.length && spanStart[end + 1] == spanStart[column]) {
            end++;
        }
        return end;
    }

    /** Whether one of {@code lines} lies at {@code position} and runs over [from, to]. */
    private static boolean hasEdge(float position, float from, float to, List<Ruling> lines) {
        for (Ruling line : lines) {
            if (Math.abs(line.position() - position) <= SAME_LINE * 2 && line.covers(from, to, 2f)) {
                return true;
            }
        }
        return false;
    }

    static int columnOf(float x, List<Float> xs) {
        for (int j = 1; j < xs.size(); j++) {
            if (x < xs.get(j)) {
                return j - 1;
            }
        }
        return xs.size() - 2;
    }
}

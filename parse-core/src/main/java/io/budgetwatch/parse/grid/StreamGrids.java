package io.budgetwatch.parse.grid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import io.budgetwatch.parse.pdf.Glyph;
import io.budgetwatch.parse.text.CjkText;

/**
 * Tables printed without ruling lines (广东's templates align their columns with white space), found as tabula's
 * stream extraction finds them: a block of lines that print standalone amounts beside other cells; its columns are
 * the x-intervals the words of its body lines occupy, merged where they overlap, split half-way across the gaps;
 * its header is the word-only lines directly above the first body line. A name wrapped over two lines (above and
 * below its amounts, as vertically centred cells print) is one row. Prose that quotes figures never qualifies: its
 * amounts are inside words ({@code 收入632,065.70万元}), not cells.
 */
final class StreamGrids {
    /**
     * At least this many body lines print amounts in the same column, or one line prints this many amounts (a
     * table's last row alone on a page), or the block is not a table.
     */
    private static final int MIN_AMOUNTS = 2;
    private static final int MIN_AMOUNTS_IN_ONE_ROW = 3;
    private static final int MAX_HEADER_LINES = 8;
    /** A gap of more than this many typical line pitches ends the block. */
    private static final float MAX_GAP_PITCHES = 2.2f;
    /** A word-only line this close (in pitches) to a body line is the wrapped part of that line's name. */
    private static final float WRAP_PITCHES = 0.75f;
    /** Header lines (wrapped labels) sit at most this many body pitches apart. */
    private static final float HEADER_PITCHES = 1.6f;
    /** A line in type this much larger than the body's is a title. */
    private static final float TITLE_SIZE = 1.25f;
    /** PDFBox's glyph height is about half the font size: a page without two rows in a row assumes this pitch. */
    private static final float FIRST_PITCH_HEIGHTS = 4f;
    private static final float SLACK = 1f;
    /** Notes, sentences and labelled lines (单位名称：…, 单位：万元) are never part of a table's cells. */
    private static final Pattern CODE = Pattern.compile("\\d{3}(\\d{2}){0,2}");
    private static final Pattern NOT_CELLS = Pattern.compile("^(注|备注|说明|资料来源)|[。；]|(单位|名称|部门)[:：]");

    private record Word(List<Glyph> glyphs, String text, float x0, float x1) {
        float center() {
            return (x0 + x1) / 2;
        }
    }

    private record Line(List<Glyph> glyphs, List<Word> words, float top, float bottom, float height) {
        float center() {
            return (top + bottom) / 2;
        }

        /** A row of cells: amounts beside other words, or a classification code before its name (blank amounts). */
        boolean printsRow() {
            return words.size() >= 2 && (words.stream().anyMatch(w -> PrintedAmounts.isAmount(w.text()))
                    || CODE.matcher(words.get(0).text()).matches());
        }

        boolean cells() {
            return !NOT_CELLS.matcher(CellText.of(glyphs)).find();
        }
    }

    private StreamGrids() {
    }

    /** The unruled tables among {@code glyphs} (the glyphs outside every ruled grid of the page), top first. */
    static List<Grid> find(int page, List<Glyph> glyphs) {
        List<Line> lines = CellText.lines(glyphs).stream().map(StreamGrids::line).toList();
        // Rows of one page share a pitch, though wrapped names space some further apart: the median decides.
        float pitch = pitch(lines);
        List<Grid> grids = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (!isBody(lines.get(i))) {
                i++;
                continue;
            }
            int end = blockEnd(lines, i, pitch);
            Grid grid = grid(page, lines, headerStart(lines, i, pitch), i, end, pitch);
            if (grid != null) {
                grids.add(grid);
            }
            i = end;
        }
        return grids;
    }

    private static boolean isBody(Line line) {
        return line.printsRow() && line.cells();
    }

    /** The index after the last line of the block that starts with body line {@code first}. */
    private static int blockEnd(List<Line> lines, int first, float pitch) {
        int lastBody = first;
        for (int k = first + 1; k < lines.size(); k++) {
            Line line = lines.get(k);
            float gap = line.center() - lines.get(k - 1).center();
            if (gap > pitch * MAX_GAP_PITCHES || !line.cells()) {
                break;
            }
            if (isBody(line)) {
                lastBody = k;
            } else if (k - lastBody > 2) {
                break;
            }
        }
        // A word-only line just under the last body line is the rest of its wrapped name.
        int end = lastBody + 1;
        if (end < lines.size() && lines.get(end).cells() && !isBody(lines.get(end))
                && lines.get(end).center() - lines.get(lastBody).center() <= pitch * WRAP_PITCHES) {
            end++;
        }
        return end;
    }

    /**
     * The first header line above body line {@code first}: word-only lines no further apart than the body's rows,
     * in the body's type size (a title is printed larger: it stays the title the table is known by).
     */
    private static int headerStart(List<Line> lines, int first, float pitch) {
        int start = first;
        while (start > 0 && first - start < MAX_HEADER_LINES) {
            Line above = lines.get(start - 1);
            float gap = lines.get(start).center() - above.center();
            if (isBody(above) || !above.cells() || gap > pitch * HEADER_PITCHES
                    || above.height() > lines.get(first).height() * TITLE_SIZE) {
                break;
            }
            start--;
        }
        return start;
    }

    private static Grid grid(int page, List<Line> lines, int headerStart, int bodyStart, int end, float pitch) {
        List<Line> body = lines.subList(bodyStart, end);
        List<Float> edges = joinIndented(edges(body, lines.subList(headerStart, bodyStart)), body);
        if (edges.size() < 3 || !printsTable(body, edges)) {
            return null;
        }
        List<List<Line>> rows = new ArrayList<>();
        lines.subList(headerStart, bodyStart).forEach(header -> rows.add(new ArrayList<>(List.of(header))));
        int headerRows = rows.size();
        for (List<Line> row : bodyRows(body, pitch)) {
            rows.add(row);
        }
        List<GridRow> gridRows = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            float top = r == 0 ? top(rows.get(0)) - SLACK : (bottom(rows.get(r - 1)) + top(rows.get(r))) / 2;
            float bottom = r == rows.size() - 1 ? bottom(rows.get(r)) + SLACK
                    : (bottom(rows.get(r)) + top(rows.get(r + 1))) / 2;
            gridRows.add(row(rows.get(r), top, bottom, edges));
        }
        if (gridRows.size() <= headerRows) {
            return null;
        }
        float top = gridRows.get(0).top();
        float bottom = gridRows.get(gridRows.size() - 1).bottom();
        List<Glyph> inside = rows.stream().flatMap(List::stream).flatMap(l -> l.glyphs().stream()).toList();
        return new Grid(page, edges.get(0), top, edges.get(edges.size() - 1), bottom, edges, gridRows,
                PrintedAmounts.in(inside, top, bottom, edges), false, doubts(page, lines.subList(headerStart, bodyStart),
                        body, edges));
    }

    /**
     * Header words the cuts could not part (their gap lies over a body amount): which of them an amount belongs to
     * cannot be told from white space, so the table read from this grid is not to be relied on.
     */
    private static List<String> doubts(int page, List<Line> header, List<Line> body, List<Float> edges) {
        List<String> doubts = new ArrayList<>();
        for (Line line : header) {
            for (int k = 1; k < line.words().size(); k++) {
                Word before = line.words().get(k - 1);
                Word after = line.words().get(k);
                int column = LatticeBuilder.columnOf(before.center(), edges);
                if (column == LatticeBuilder.columnOf(after.center(), edges) && !textOnly(body, edges, column)) {
                    doubts.add("第" + page + "页无框线表格的表头“" + before.text() + "”“" + after.text()
                            + "”落在同一数字列，无法确定各数字所属的列");
                }
            }
        }
        return doubts;
    }

    /** Body lines grouped into rows: a word-only line close to a body line belongs to the nearest one. */
    private static List<List<Line>> bodyRows(List<Line> body, float pitch) {
        List<List<Line>> rows = new ArrayList<>();
        List<Line> pending = new ArrayList<>();
        for (Line line : body) {
            if (isBody(line)) {
                List<Line> row = new ArrayList<>();
                for (Line wrapped : pending) {
                    boolean closer = rows.isEmpty()
                            || line.center() - wrapped.center() <= wrapped.center() - last(rows).center();
                    if (closer && line.center() - wrapped.center() <= pitch * WRAP_PITCHES) {
                        row.add(wrapped);
                    } else {
                        addBelowLastRow(rows, wrapped, pitch);
                    }
                }
                pending.clear();
                row.add(line);
                rows.add(row);
            } else {
                pending.add(line);
            }
        }
        pending.forEach(wrapped -> addBelowLastRow(rows, wrapped, pitch));
        return rows;
    }

    /** A word-only line joins the row above when it is that close (its name's wrap), else it is a row of its own. */
    private static void addBelowLastRow(List<List<Line>> rows, Line wrapped, float pitch) {
        if (!rows.isEmpty() && wrapped.center() - last(rows).center() <= pitch * WRAP_PITCHES) {
            rows.get(rows.size() - 1).add(wrapped);
        } else {
            rows.add(new ArrayList<>(List.of(wrapped)));
        }
    }

    private static Line last(List<List<Line>> rows) {
        List<Line> row = rows.get(rows.size() - 1);
        return row.stream().filter(StreamGrids::isBody).findFirst().orElse(row.get(row.size() - 1));
    }

    /** The typical distance between consecutive body lines. */
    private static float pitch(List<Line> lines) {
        List<Float> gaps = new ArrayList<>();
        for (int k = 1; k < lines.size(); k++) {
            if (isBody(lines.get(k)) && isBody(lines.get(k - 1))) {
                gaps.add(lines.get(k).center() - lines.get(k - 1).center());
            }
        }
        if (gaps.isEmpty()) {
            return (float) lines.stream().mapToDouble(Line::height).max().orElse(0) * FIRST_PITCH_HEIGHTS;
        }
        gaps.sort(Float::compare);
        return gaps.get(gaps.size() / 2);
    }

    /**
     * The column edges: the body's word intervals merged where they overlap, split half-way across each gap; the
     * outer edges take in the header's words too.
     */
    private static List<Float> edges(List<Line> body, List<Line> header) {
        List<float[]> intervals = new ArrayList<>();
        body.stream().flatMap(l -> l.words().stream()).sorted(Comparator.comparingDouble(Word::x0))
                .forEach(w -> {
                    float[] last = intervals.isEmpty() ? null : intervals.get(intervals.size() - 1);
                    if (last != null && w.x0() <= last[1] + SLACK) {
                        last[1] = Math.max(last[1], w.x1());
                    } else {
                        intervals.add(new float[] {w.x0(), w.x1()});
                    }
                });
        List<Float> edges = new ArrayList<>();
        if (intervals.isEmpty()) {
            return edges;
        }
        float left = intervals.get(0)[0];
        float right = intervals.get(intervals.size() - 1)[1];
        for (Line line : header) {
            for (Word w : line.words()) {
                left = Math.min(left, w.x0());
                right = Math.max(right, w.x1());
            }
        }
        edges.add(left - SLACK);
        for (int k = 1; k < intervals.size(); k++) {
            edges.add((intervals.get(k - 1)[1] + intervals.get(k)[0]) / 2);
        }
        edges.add(right + SLACK);
        return withHeaderCuts(edges, header, intervals);
    }

    /**
     * A column the body leaves blank in every row has no interval of its own: two header words then fall into one
     * column (公务接待费 | 公务用车购置 over a single amount). A cut half-way between them, where no body word lies,
     * gives each header its column back, so an amount is never read under its neighbour's label.
     */
    private static List<Float> withHeaderCuts(List<Float> edges, List<Line> header, List<float[]> body) {
        List<Float> cut = new ArrayList<>(edges);
        for (Line line : header) {
            for (int k = 1; k < line.words().size(); k++) {
                Word before = line.words().get(k - 1);
                Word after = line.words().get(k);
                float x = (before.x1() + after.x0()) / 2;
                boolean sameColumn = LatticeBuilder.columnOf(before.center(), cut)
                        == LatticeBuilder.columnOf(after.center(), cut);
                boolean free = body.stream().noneMatch(i -> i[0] - SLACK < x && x < i[1] + SLACK);
                if (sameColumn && free) {
                    cut.add(x);
                    cut.sort(Float::compare);
                }
            }
        }
        return cut;
    }

    /**
     * An outline indented by level (西安: 204 at the margin, 20402 one step in; 合计 centred right of the names)
     * shows as word columns side by side that no row fills both of: one column of codes, one of names.
     */
    private static List<Float> joinIndented(List<Float> edges, List<Line> body) {
        List<Float> joined = new ArrayList<>(edges);
        int j = 0;
        while (j + 2 < joined.size()) {
            if (textOnly(body, joined, j) && textOnly(body, joined, j + 1) && neverBoth(body, joined, j)) {
                joined.remove(j + 1);
            } else {
                j++;
            }
        }
        return joined;
    }

    private static boolean textOnly(List<Line> body, List<Float> edges, int column) {
        return body.stream().flatMap(l -> l.words().stream())
                .noneMatch(w -> PrintedAmounts.isAmount(w.text()) && LatticeBuilder.columnOf(w.center(), edges) == column);
    }

    private static boolean neverBoth(List<Line> body, List<Float> edges, int column) {
        for (Line line : body) {
            boolean left = line.words().stream().anyMatch(w -> LatticeBuilder.columnOf(w.center(), edges) == column);
            boolean right = line.words().stream().anyMatch(w -> LatticeBuilder.columnOf(w.center(), edges) == column + 1);
            if (left && right) {
                return false;
            }
        }
        return true;
    }

    /** Whether amounts stand in a column of two lines or more, or three in one row. */
    private static boolean printsTable(List<Line> body, List<Float> edges) {
        int[] perColumn = new int[edges.size() - 1];
        for (Line line : body) {
            int[] columns = line.words().stream().filter(w -> PrintedAmounts.isAmount(w.text()))
                    .mapToInt(w -> LatticeBuilder.columnOf(w.center(), edges)).distinct().toArray();
            if (columns.length >= MIN_AMOUNTS_IN_ONE_ROW) {
                return true;
            }
            Arrays.stream(columns).forEach(column -> perColumn[column]++);
        }
        return Arrays.stream(perColumn).max().orElse(0) >= MIN_AMOUNTS;
    }

    /** One grid row: each word in the column its centre falls in, so a word is never cut at an edge. */
    private static GridRow row(List<Line> lines, float top, float bottom, List<Float> edges) {
        List<List<Glyph>> cells = GridRow.emptyCells(edges);
        for (Line line : lines) {
            for (Word w : line.words()) {
                cells.get(LatticeBuilder.columnOf(w.center(), edges)).addAll(w.glyphs());
            }
        }
        return GridRow.unmerged(top, bottom, cells);
    }

    private static float top(List<Line> row) {
        return (float) row.stream().mapToDouble(Line::top).min().orElse(0);
    }

    private static float bottom(List<Line> row) {
        return (float) row.stream().mapToDouble(Line::bottom).max().orElse(0);
    }

    private static Line line(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::x));
        List<Word> words = new ArrayList<>();
        List<Glyph> word = new ArrayList<>();
        for (Glyph g : sorted) {
            if (!word.isEmpty() && g.x() - word.get(word.size() - 1).right() > g.height() * PrintedAmounts.WORD_GAP) {
                words.add(word(word));
                word = new ArrayList<>();
            }
            if (!g.text().isBlank()) {
                word.add(g);
            }
        }
        if (!word.isEmpty()) {
            words.add(word(word));
        }
        float top = (float) sorted.stream().mapToDouble(g -> g.y() - g.height()).min().orElse(0);
        float bottom = (float) sorted.stream().mapToDouble(Glyph::y).max().orElse(0);
        float height = (float) sorted.stream().mapToDouble(Glyph::height).max().orElse(0);
        return new Line(sorted, words, top, bottom, height);
    }

    private static Word word(List<Glyph> glyphs) {
        StringBuilder text = new StringBuilder();
        glyphs.forEach(g -> text.append(g.text()));
        String normalised = CjkText.normalise(text.toString()).replace("，", ",");
        return new Word(List.copyOf(glyphs), normalised, glyphs.get(0).x(), glyphs.get(glyphs.size() - 1).right());
    }
}

package io.budgetwatch.parse.tables;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.budgetwatch.events.Table;
import io.budgetwatch.events.Warning;
import io.budgetwatch.parse.grid.Grid;
import io.budgetwatch.parse.grid.GridRow;
import io.budgetwatch.parse.grid.PageLayout;
import io.budgetwatch.parse.grid.TextLine;

/**
 * Walks the pages in order and assembles tables: a title line opens a table, the grids after it (on this page or
 * the next ones) fill it, notes (注：… 空表列示) attach to it. Page headers and repeated column headers are not
 * rows: page headers are outside the grid, and a continuation grid's header rows are skipped.
 */
public final class TableAssembler {
    private static final Pattern UNIT = Pattern.compile("单位[:：]\\s*(万元|千元|元)");
    /** A note under a table; a sentence of the explanatory text that mentions 空表 is not one. */
    private static final Pattern NOTE = Pattern.compile("^[(（]?(注|备注|说明)[:：1-9]|^(本表|此表)?为?(空表|无数据)[。.]?$");
    /** Above a continued table a page carries at most its running header (department, year, unit). */
    private static final int MAX_LINES_ABOVE_CONTINUATION = 3;
    private static final Pattern TOC = Pattern.compile("…|\\.{3}|·{3}");
    /** The most white space, in line heights, between the two lines of a wrapped title. */
    private static final int MAX_TITLE_WRAP_GAP = 2;
    private static final Pattern TITLE_TAIL = Pattern.compile("\\s*(单位[:：].*|金额单位.*)$");

    private final String defaultUnit;
    private final List<Table> tables = new ArrayList<>();
    private final List<Warning> warnings = new ArrayList<>();
    private TableDraft current;
    /** The draft a repeated title would open, kept until the grid under it shows whether it continues {@link #current}. */
    private TableDraft repeated;
    private String pendingUnit;
    private int gridsOnPage;
    private int linesAboveGrid;
    /** The line just above, on this page with no grid since, when it named no table: a title may start there. */
    private TextLine untitledAbove;

    public TableAssembler(String defaultUnit) {
        this.defaultUnit = defaultUnit;
    }

    public void add(PageLayout page) {
        List<Object> items = new ArrayList<>(page.lines());
        items.addAll(page.grids());
        items.sort(Comparator.comparingDouble(TableAssembler::top));
        gridsOnPage = 0;
        linesAboveGrid = 0;
        untitledAbove = null;
        for (Object item : items) {
            if (item instanceof TextLine line) {
                line(line, page.page());
            } else {
                grid((Grid) item);
            }
        }
    }

    public List<Table> tables() {
        finish();
        return List.copyOf(tables);
    }

    public List<Warning> warnings() {
        return List.copyOf(warnings);
    }

    private static float top(Object item) {
        return item instanceof TextLine line ? line.top() : ((Grid) item).top();
    }

    private void line(TextLine line, int page) {
        String text = line.text();
        linesAboveGrid++;
        Matcher unit = UNIT.matcher(text);
        if (unit.find()) {
            pendingUnit = unit.group(1);
            if (current != null && !current.hasGrid()) {
                current.unit(pendingUnit);
            }
        }
        boolean contents = TOC.matcher(text).find();
        String title = TITLE_TAIL.matcher(text).replaceAll("");
        String type = contents ? null : TableAliases.typeOf(title);
        String above = contents ? null : firstHalfAbove(line);
        String wrappedType = above == null ? null : TableAliases.typeOfWrapped(above, title);
        if (wrappedType != null) {
            // 江苏's …培训费支出预算 / 表 is no title without its first line.
            title = above + title.trim();
            type = wrappedType;
        }
        untitledAbove = type == null && !contents ? line : null;
        if (type != null && current != null && gridsOnPage == 0 && current.repeatsTitle(type, title, page)) {
            // A running title, like the page header, when the grid below continues the table; the same title over
            // a grid with a total of its own is the same table for another unit (深圳: 本级, 下属单位).
            linesAboveGrid = 0;
            repeated = new TableDraft(type, title.replace(" ", ""), page, pendingUnit == null ? defaultUnit : pendingUnit);
        } else if (type != null) {
            finish();
            current = new TableDraft(type, title.replace(" ", ""), page, pendingUnit == null ? defaultUnit : pendingUnit);
        } else if (current != null && current.isOnPage(page) && NOTE.matcher(text.replace(" ", "")).find()) {
            current.addNote(text);
        } else if (current != null && !current.hasGrid() && current.isOnPage(page)
                && ColumnLayout.isHeaderLine(text.replace(" ", ""))) {
            current.addHeaderLine();
        }
    }

    /** The untitled line just above {@code line}, when it is close enough to be the first half of a wrapped title. */
    private String firstHalfAbove(TextLine line) {
        if (untitledAbove == null) {
            return null;
        }
        float height = line.bottom() - line.top();
        boolean adjacent = line.top() - untitledAbove.bottom() <= height * MAX_TITLE_WRAP_GAP;
        return adjacent ? TITLE_TAIL.matcher(untitledAbove.text()).replaceAll("").trim() : null;
    }

    private void grid(Grid grid) {
        if (repeated != null && (!startsPage() || !current.continuesWith(grid) || current.restartsWith(grid))) {
            finish();
            current = repeated;
        }
        repeated = null;
        GridTitle title = titleIn(grid);
        if (title != null && (current == null || !current.hasType(title.type()))) {
            // Another table's title in the grid's first rows (北京: 预算03表 支出预算总表 in the ruled area of the
            // page after the 收入总表) starts that table, even where the grid could continue the one before.
            start(grid, title);
        } else if (current != null && current.accepts(grid)) {
            current.addGrid(grid);
        } else if (current != null && startsPage() && current.continuesWith(grid)) {
            current.addGrid(grid);
        } else if (title != null) {
            start(grid, title);
        } else if (grid.ruled()) {
            // An unruled block nobody titled is text in columns (its lines stay prose), not a lost table.
            warnings.add(new Warning("unknown_layout", "第" + grid.page() + "页的表格无法识别表名，已跳过", grid.page()));
        }
        gridsOnPage++;
        linesAboveGrid = 0;
        untitledAbove = null;
    }

    /** A table continues only at the top of a page: a grid after text or another grid is something else. */
    private boolean startsPage() {
        return gridsOnPage == 0 && linesAboveGrid <= MAX_LINES_ABOVE_CONTINUATION;
    }

    /** A title printed in one of a grid's rows. */
    private record GridTitle(int row, String type) {
    }

    /** Some producers put the title in the grid's first rows, spanning all columns; null when none is there. */
    private static GridTitle titleIn(Grid grid) {
        for (int i = 0; i < Math.min(2, grid.rows().size()); i++) {
            String type = TableAliases.typeOf(TITLE_TAIL.matcher(grid.rows().get(i).joined()).replaceAll(""));
            if (type != null) {
                return new GridTitle(i, type);
            }
        }
        return null;
    }

    /** Starts the table titled inside {@code grid}, with the rows under its title. */
    private void start(Grid grid, GridTitle title) {
        finish();
        current = new TableDraft(title.type(), grid.rows().get(title.row()).joined(), grid.page(),
                unitIn(grid, title.row()));
        List<GridRow> rest = grid.rows().subList(title.row() + 1, grid.rows().size());
        current.addGrid(grid.withRows(rest.isEmpty() ? grid.bottom() : rest.get(0).top(), rest));
    }

    private String unitIn(Grid grid, int titleRow) {
        for (GridRow row : grid.rows().subList(0, Math.min(grid.rows().size(), titleRow + 2))) {
            Matcher unit = UNIT.matcher(row.joined());
            if (unit.find()) {
                return unit.group(1);
            }
        }
        return pendingUnit == null ? defaultUnit : pendingUnit;
    }

    private void finish() {
        if (current != null && (current.hasGrid() || current.hasNote() || current.printsHeaderOnly())) {
            tables.add(current.build());
        }
        current = null;
        pendingUnit = null;
    }
}

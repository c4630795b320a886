package io.budgetwatch.parse.tables;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.budgetwatch.events.Cell;
import io.budgetwatch.events.Column;
import io.budgetwatch.events.Row;
import io.budgetwatch.events.RowRoles;
import io.budgetwatch.events.Table;
import io.budgetwatch.events.TableReading;
import io.budgetwatch.events.TableTypes;
import io.budgetwatch.parse.grid.Grid;
import io.budgetwatch.parse.grid.GridProjection;
import io.budgetwatch.parse.grid.GridRow;

/** A table being assembled from its title, notes and the grids on one or more pages. */
final class TableDraft {
    /** A grid row with the page and the column edges of the grid it was printed in. */
    private record PlacedRow(GridRow row, List<Float> edges, int page) {
    }

    /** A grand-total row: 合计 / 总计 leading its printed text (合 计 spaced out too). */
    private static final Pattern TOTAL_ROW = Pattern.compile("^\\D{0,4}?(合\\s*计|总\\s*计)");
    private static final Pattern EMPTY = Pattern.compile("空表|无数据|本表为空|无该项目|无此项");
    /**
     * A note saying the department had none of what the table shows (烟台: 注：2026年没有使用财政拨款收入和支出): the
     * table is empty when it prints no amount other than zero, as such a table does.
     */
    private static final Pattern NONE = Pattern.compile("(没有|无)(使用|安排)?[^。，,]*(收入|支出|收支|经费)");

    private final String type;
    private final String title;
    private final Set<Integer> pages = new LinkedHashSet<>();
    private final List<PlacedRow> rows = new ArrayList<>();
    private final StringBuilder note = new StringBuilder();
    private String unit;
    private ColumnLayout layout;
    private List<Float> edges;
    private final Set<String> headers = new HashSet<>();
    private final List<String> printedAmounts = new ArrayList<>();
    private final List<String> doubts = new ArrayList<>();
    private boolean declaredEmpty;
    private boolean declaredNone;
    private boolean headerWithoutGrid;

    TableDraft(String type, String title, int page, String unit) {
        this.type = type;
        this.title = title;
        this.unit = unit;
        pages.add(page);
    }

    /** A title's table starts on its own page or the next; a title further back is a table of contents entry. */
    boolean accepts(Grid grid) {
        return layout == null && grid.page() <= pages.iterator().next() + 1;
    }

    boolean hasType(String otherType) {
        return type.equals(otherType);
    }

    /** A column header printed as text under the title, before any grid. */
    void addHeaderLine() {
        headerWithoutGrid = true;
    }

    /** Printed with its title and header but no body a grid could be found in: a blank table, not a missing one. */
    boolean printsHeaderOnly() {
        return layout == null && headerWithoutGrid;
    }

    boolean hasGrid() {
        return layout != null;
    }

    /**
     * Whether a title line on {@code page} only repeats this table's title over its continuation (烟台, 西安: every
     * page of a long table carries 公开表5 一般公共预算支出情况表 again).
     */
    boolean repeatsTitle(String otherType, String otherTitle, int page) {
        int lastPage = pages.stream().mapToInt(Integer::intValue).max().orElse(0);
        return layout != null && type.equals(otherType) && title.equals(otherTitle.replace(" ", ""))
                && page == lastPage + 1;
    }

    /** Whether {@code grid}'s body prints a total row although this table already has one: another table. */
    boolean restartsWith(Grid grid) {
        boolean hasTotal = rows.stream().anyMatch(r -> TOTAL_ROW.matcher(r.row().joined()).find());
        return hasTotal && grid.rows().stream().filter(r -> !headers.contains(r.joined()))
                .anyMatch(r -> TOTAL_ROW.matcher(r.joined()).find());
    }

    /** Notes print under the table, on its last page. */
    boolean isOnPage(int page) {
        return pages.contains(page);
    }

    boolean hasNote() {
        return note.length() > 0;
    }

    void unit(String printedUnit) {
        unit = printedUnit;
    }

    void addNote(String line) {
        note.append(note.length() > 0 ? " " : "").append(line);
        declaredNone |= NONE.matcher(line).find();
        if (EMPTY.matcher(line).find()) {
            declaredEmpty = true;
        }
    }

    /** Whether {@code grid} continues this table on a later page: the same leaf columns, or the same width. */
    boolean continuesWith(Grid grid) {
        return layout != null && (grid.columnCount() == layout.columns().size() || GridProjection.sameWidth(grid, edges));
    }

    void addGrid(Grid printed) {
        Grid grid = edges != null && printed.columnCount() != edges.size() - 1 ? GridProjection.onto(printed, edges)
                : printed;
        ColumnLayout gridLayout = ColumnLayout.of(grid);
        int skip = gridLayout.headerRows();
        if (layout == null) {
            layout = gridLayout;
            edges = grid.columnEdges();
            grid.rows().subList(0, skip).forEach(row -> headers.add(row.joined()));
        } else {
            // Only a repeat of the first page's header is a header; other word-only rows are data (结转 rows).
            skip = 0;
            while (skip < grid.rows().size() && headers.contains(grid.rows().get(skip).joined())) {
                skip++;
            }
        }
        pages.add(grid.page());
        printedAmounts.addAll(printed.printedAmounts());
        doubts.addAll(printed.doubts());
        List<GridRow> data = grid.rows().subList(skip, grid.rows().size());
        for (GridRow row : data) {
            if (row.isBlank()) {
                continue;
            }
            if (rows.size() > 0 && grid.page() != rows.get(rows.size() - 1).page() && row == data.get(0)
                    && RowSplit.continues(layout, rows.get(rows.size() - 1).row(), row)) {
                PlacedRow previous = rows.remove(rows.size() - 1);
                rows.add(new PlacedRow(RowSplit.join(previous.row(), row), previous.edges(), previous.page()));
            } else {
                rows.add(new PlacedRow(row, grid.columnEdges(), grid.page()));
            }
        }
    }

    private static boolean printsNoAmount(Row row) {
        return row.cells().values().stream().filter(Cell::isAmount)
                .allMatch(c -> c.amount().decimal().signum() == 0);
    }

    Table build() {
        List<Column> columns = new ArrayList<>();
        List<Row> out = new ArrayList<>();
        List<Float> nameIndents = new ArrayList<>();
        // A standard table always labels its amounts (合计, 金额, 预算数 …); without them its columns are unknown.
        if (layout != null && (!TableTypes.STANDARD.contains(type) || layout.namesAnAmountColumn())) {
            for (ColumnSpec spec : layout.columns()) {
                if (spec.role() == ColumnRole.VALUE) {
                    columns.add(new Column(spec.key(), spec.label()));
                }
            }
            RowReader reader = new RowReader(layout, unit);
            for (PlacedRow placed : rows) {
                for (Row row : reader.read(placed.row(), placed.edges(), placed.page())) {
                    out.add(row);
                    nameIndents.add(reader.nameIndent(placed.row(), placed.edges(), row.side()));
                }
            }
        }
        String noteText = note.length() == 0 ? null : note.toString();
        List<Row> marked = RowRoles.lineItems(type)
                ? IndentLevels.apply(RowRoles.type(type, SubsetGroups.mark(out)), nameIndents)
                : RowRoles.type(type, out);
        boolean empty = declaredEmpty || declaredNone && marked.stream().allMatch(TableDraft::printsNoAmount);
        TableReading reading = TableCheck.of(printedAmounts, marked, pages.iterator().next());
        for (String doubt : doubts) {
            reading = reading.suspectedFor(doubt);
        }
        return new Table(type, title, List.copyOf(pages), unit, empty, noteText, columns, marked, reading);
    }
}

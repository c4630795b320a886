package io.budgetwatch.console.view;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.budgetwatch.events.Cell;
import io.budgetwatch.events.Column;
import io.budgetwatch.events.Row;
import io.budgetwatch.events.Table;
import io.budgetwatch.events.ChineseNames;

/** A table as the reader typed it: its columns' printed labels, and per row code, name, depth, role and cells. */
public record TableView(String type, String name, String title, String pages, String unit, boolean empty,
        String note, boolean suspect, List<String> suspectReasons, List<String> headers, List<RowView> rows) {

    /** {@code level} is the outline depth (indentation); {@code side} 收 / 支 in a two-sided table. */
    public record RowView(String code, String name, int level, String role, String side, List<String> cells) {
        /** CSS indentation of the name: one step per outline level. */
        public String indent() {
            return Math.max(0, level - 1) + "em";
        }
    }

    static TableView of(Table table) {
        List<Column> columns = table.columns() == null ? List.of() : table.columns();
        List<String> headers = columns.stream()
                .map(c -> c.label() == null || c.label().isBlank() ? ChineseNames.column(c.key()) : c.label()).toList();
        List<RowView> rows = (table.rows() == null ? List.<Row> of() : table.rows()).stream()
                .map(r -> row(r, columns)).toList();
        String pages = table.pages() == null ? "" : table.pages().stream().map(String::valueOf)
                .collect(Collectors.joining("、"));
        return new TableView(table.type(), ChineseNames.table(table.type()), table.title(), pages, table.unit(),
                table.empty(), table.note(), table.suspect(), table.readingOrUnchecked().suspectReasons(), headers,
                rows);
    }

    private static RowView row(Row row, List<Column> columns) {
        List<String> cells = columns.stream().map(c -> printed(row.cell(c.key()))).toList();
        String side = row.side() == null ? "" : Row.INCOME_SIDE.equals(row.side()) ? "收" : "支";
        return new RowView(row.code() == null ? "" : row.code(), row.name(), row.level(),
                row.role() == null ? "" : row.role().name().toLowerCase(Locale.ROOT), side, cells);
    }

    /** An amount as printed (its value; the unit is the table's), a text cell's text, blank for none. */
    private static String printed(Cell cell) {
        if (cell == null) {
            return "";
        }
        return cell.isAmount() ? cell.amount().value() : cell.text() == null ? "" : cell.text();
    }
}

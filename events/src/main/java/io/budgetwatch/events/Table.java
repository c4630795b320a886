package io.budgetwatch.events;

import java.util.List;

/**
 * One standard table as read from the PDF. {@code type} is a canonical type of DESIGN.md
 * ({@code income_expenditure_summary}, {@code three_public_expenditure}, …). {@code empty} is true when the table
 * is declared empty (e.g. 空表列示); {@code note} keeps that declaration. {@code reading} is the reader's own check
 * of this table (since schema version 2; a version-1 event has none).
 */
public record Table(String type, String title, List<Integer> pages, String unit, boolean empty, String note,
        List<Column> columns, List<Row> rows, TableReading reading) {

    /** The reader's check, {@link TableReading#UNCHECKED} for events written before it existed. */
    public TableReading readingOrUnchecked() {
        return reading == null ? TableReading.UNCHECKED : reading;
    }

    public boolean suspect() {
        return readingOrUnchecked().suspect();
    }

    public Table suspectedFor(String reason) {
        return new Table(type, title, pages, unit, empty, note, columns, rows, readingOrUnchecked().suspectedFor(reason));
    }

    /** This table, printed without rows, declared empty by {@code declaration} (where the document says so). */
    public Table declaredEmptyBy(String declaration) {
        return new Table(type, title, pages, unit, true, note == null ? declaration : note + " " + declaration, columns,
                rows, reading);
    }

    public Table withRows(List<Column> newColumns, List<Row> newRows) {
        return new Table(type, title, pages, unit, empty, note, newColumns, newRows, reading);
    }
}

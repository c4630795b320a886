package io.budgetwatch.events;

import java.util.List;

/**
 * One standard table as read from the PDF. {@code type} is a canonical type of DESIGN.md
 * ({@code income_expenditure_summary}, {@code three_public_expenditure}, …). {@code empty} is true when the table
 * is declared empty (e.g. 空表列示); {@code note} keeps that declaration.
 */
public record Table(String type, String title, List<Integer> pages, String unit, boolean empty, String note,
        List<Column> columns, List<Row> rows) {
}

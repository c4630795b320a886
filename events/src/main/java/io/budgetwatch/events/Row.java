package io.budgetwatch.events;

import java.util.Map;

/**
 * A table row. {@code code} is the normalised classification code (类/款/项 joined, e.g. {@code 2060101}) or null;
 * {@code parentCode} the code it sums into; {@code subset} marks a {@code 其中} row, which is part of its
 * predecessor and must not be summed with its siblings. {@code side} is "income" or "expenditure" in two-sided
 * tables (收支总表), null elsewhere; a 收支总表 that prints expenditure twice (by function and by economic use, as
 * 江苏 does) marks the second half "expenditure_economic" so neither half is counted twice.
 */
public record Row(String code, String name, int level, String parentCode, boolean subset, String side,
        Map<String, Cell> cells, int page) {
    public static final String INCOME_SIDE = "income";
    public static final String EXPENDITURE_SIDE = "expenditure";
    public static final String EXPENDITURE_ECONOMIC_SIDE = "expenditure_economic";


    public Cell cell(String columnKey) {
        return cells == null ? null : cells.get(columnKey);
    }

    /** The amount in column {@code columnKey}, or null when that cell is blank or text. */
    public Amount amount(String columnKey) {
        Cell cell = cell(columnKey);
        return cell == null ? null : cell.amount();
    }
}

package io.budgetwatch.events;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A table row. {@code code} is the normalised classification code (类/款/项 joined, e.g. {@code 2060101}) or null;
 * {@code parentCode} the code it sums into. {@code side} is "income" or "expenditure" in two-sided tables (收支总表),
 * null elsewhere; a 收支总表 that prints expenditure twice (by function and by economic use, as 江苏 does) marks the
 * second half "expenditure_economic" so neither half is counted twice.
 *
 * <p>{@code role} says what the row is ({@link RowRole}: item, 其中, subtotal, current-year total, carry-over, grand
 * total); {@code level} is its outline depth: for a coded row the depth of its code (类 and economic class 1, 款 2,
 * 项 3); for an uncoded row of a line-item table (the standard tables, the asset table) the depth of its printed
 * ordinal, 一、 1 ⊃ （一） 2 ⊃ 1. / 1、 3 ⊃ (1) 4, and 0 without one (totals, carry-overs, unnumbered items). Both
 * since schema version 3: earlier events have no role (only {@code "subset": true} on 其中 rows, read here as
 * {@link RowRole#SUBSET}) and an uncoded level of 1 for a 1./(1) row under an open 一、, 0 otherwise; a consumer
 * types such rows again in one place (parse-core {@code RowRoles.typed}).
 */
public record Row(String code, String name, int level, String parentCode, RowRole role, String side,
        Map<String, Cell> cells, int page) {
    public static final String INCOME_SIDE = "income";
    public static final String EXPENDITURE_SIDE = "expenditure";
    public static final String EXPENDITURE_ECONOMIC_SIDE = "expenditure_economic";

    /** Reads every schema version: before 3 a row carries {@code subset} instead of a role. */
    @JsonCreator
    static Row fromJson(@JsonProperty("code") String code, @JsonProperty("name") String name,
            @JsonProperty("level") int level, @JsonProperty("parentCode") String parentCode,
            @JsonProperty("role") RowRole role, @JsonProperty("subset") boolean subset,
            @JsonProperty("side") String side, @JsonProperty("cells") Map<String, Cell> cells,
            @JsonProperty("page") int page) {
        RowRole read = role == null && subset ? RowRole.SUBSET : role;
        return new Row(code, name, level, parentCode, read, side, cells, page);
    }

    /** A 其中 row: part of its predecessor, never summed with its siblings. */
    public boolean subset() {
        return role == RowRole.SUBSET;
    }

    public Row withRole(RowRole newRole) {
        return new Row(code, name, level, parentCode, newRole, side, cells, page);
    }

    public Row withLevel(int newLevel) {
        return new Row(code, name, newLevel, parentCode, role, side, cells, page);
    }

    public Row withCells(Map<String, Cell> newCells) {
        return new Row(code, name, level, parentCode, role, side, newCells, page);
    }

    public Cell cell(String columnKey) {
        return cells == null ? null : cells.get(columnKey);
    }

    /** The amount in column {@code columnKey}, or null when that cell is blank or text. */
    public Amount amount(String columnKey) {
        Cell cell = cell(columnKey);
        return cell == null ? null : cell.amount();
    }
}

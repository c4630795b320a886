package io.budgetwatch.parse.corpus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import io.budgetwatch.events.Amount;
import io.budgetwatch.events.ColumnKeys;
import io.budgetwatch.events.Row;
import io.budgetwatch.events.Table;

/**
 * The printed arithmetic of a table, checked with the tolerance of DESIGN.md: a parent printed with d decimals
 * and n parts is consistent iff |parent − Σ parts| ≤ ½·10^−d·(n+1). Each method returns the imbalances found,
 * described for the failure message; an empty list means the table adds up.
 */
public final class Arithmetic {
    private static final Pattern ORDINAL = Pattern.compile("^[一二三四五六七八九十]+、");

    private Arithmetic() {
    }

    /** Every coded row equals the sum of its child codes (类 = Σ 款, 款 = Σ 项, 301 = Σ 301xx) in {@code column}. */
    public static List<String> parentsEqualChildren(Table table, String column) {
        List<String> errors = new ArrayList<>();
        for (Row parent : table.rows()) {
            if (parent.code() == null) {
                continue;
            }
            List<Row> children = table.rows().stream()
                    .filter(r -> parent.code().equals(r.parentCode()) && !r.subset()
                            && Objects.equals(r.side(), parent.side()))
                    .toList();
            if (!children.isEmpty()) {
                check(errors, table, parent, column, children.stream().map(r -> r.amount(column)).toList());
            }
        }
        return errors;
    }

    /** In every row, {@code total} = Σ {@code parts} (a blank part counts as zero). */
    public static List<String> rowsAddUp(Table table, String total, String... parts) {
        List<String> errors = new ArrayList<>();
        for (Row row : table.rows()) {
            if (row.amount(total) != null) {
                check(errors, table, row, total, List.of(parts).stream().map(row::amount).toList());
            }
        }
        return errors;
    }

    /** The 合计 row equals the sum of the level-1 (类) rows in {@code column}. */
    public static List<String> totalRowEqualsClasses(Table table, String totalName, String column) {
        List<String> errors = new ArrayList<>();
        Row total = table.rows().stream().filter(r -> r.code() == null && r.name().equals(totalName)).findFirst()
                .orElseThrow(() -> new AssertionError(table.type() + " has no " + totalName + " row"));
        check(errors, table, total, column,
                table.rows().stream().filter(r -> r.code() != null && r.level() == 1).map(r -> r.amount(column)).toList());
        return errors;
    }

    /** Σ {@code parts} rows = {@code total} row, all on {@code side}, in {@code column}. */
    public static List<String> namedRowsAddUp(Table table, String side, String column, String total, String... parts) {
        return namedRowsAddUpAcross(table, column, side, total, side, parts);
    }

    /** Σ {@code parts} rows on {@code partSide} = {@code total} row on {@code totalSide}, in {@code column}. */
    public static List<String> namedRowsAddUpAcross(Table table, String column, String totalSide, String total,
            String partSide, String... parts) {
        List<String> errors = new ArrayList<>();
        check(errors, table, Corpus.row(table, totalSide, total), column,
                List.of(parts).stream().map(p -> Corpus.row(table, partSide, p).amount(column)).toList());
        return errors;
    }

    /**
     * The {@code total} row on {@code totalSide} = Σ the rows on {@code partSide} numbered 一、二、… (the items of
     * a 收支总表 half; 1./2. rows are their sub-items and are not added again).
     */
    public static List<String> ordinalRowsAddUp(Table table, String totalSide, String total, String partSide) {
        List<String> errors = new ArrayList<>();
        check(errors, table, Corpus.row(table, totalSide, total), ColumnKeys.AMOUNT, table.rows().stream()
                .filter(r -> partSide.equals(r.side()) && ORDINAL.matcher(r.name()).find())
                .map(r -> r.amount(ColumnKeys.AMOUNT)).toList());
        return errors;
    }

    private static void check(List<String> errors, Table table, Row row, String column, List<Amount> parts) {
        Amount printed = row.amount(column);
        BigDecimal expected = printed == null ? BigDecimal.ZERO : printed.decimal();
        BigDecimal sum = parts.stream().filter(Objects::nonNull).map(Amount::decimal).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        int decimals = printed == null ? 2 : printed.decimals();
        BigDecimal tolerance = BigDecimal.ONE.movePointLeft(decimals).multiply(BigDecimal.valueOf(parts.size() + 1))
                .divide(BigDecimal.valueOf(2));
        if (expected.subtract(sum).abs().compareTo(tolerance) > 0) {
            errors.add(table.type() + " p" + row.page() + " " + (row.code() == null ? "" : row.code() + " ")
                    + row.name() + " [" + column + "] printed " + expected + " but parts sum to " + sum);
        }
    }
}

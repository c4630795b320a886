package io.budgetwatch.parse.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.budgetwatch.events.Amount;
import io.budgetwatch.events.Cell;
import io.budgetwatch.events.Row;
import io.budgetwatch.events.TableReading;

/**
 * The reader's check of one table it assembled, before any rule sees it. Three signs that the reading, not the
 * document, went wrong: an amount printed inside the table that landed in no amount cell; a classification code
 * twice on one side, or a code outside its parent's block (an outline read out of order); most parent = Σ children
 * relations failing at once (a column or row structure not understood: a publisher's slip breaks one or two).
 */
final class TableCheck {
    /** Unaccounted amounts quoted in a reason; the rest are counted. */
    private static final int QUOTED = 5;
    /** Below this many failing sums a table is judged by its numbers, not suspected of being misread. */
    private static final int MIN_FAILING_SUMS = 3;

    private TableCheck() {
    }

    static TableReading of(List<String> printedAmounts, List<Row> rows, int firstPage) {
        List<String> reasons = new ArrayList<>();
        List<String> unaccounted = unaccounted(printedAmounts, rows);
        if (!unaccounted.isEmpty()) {
            reasons.add("表内 " + unaccounted.size() + " 个金额未读入数字单元格（" + String.join("、",
                    unaccounted.subList(0, Math.min(QUOTED, unaccounted.size()))) + (unaccounted.size() > QUOTED
                            ? " 等" : "") + "）");
        }
        reasons.addAll(outlineProblems(rows));
        int[] sums = sums(rows);
        int failing = sums[0] - sums[1];
        if (failing >= MIN_FAILING_SUMS && failing * 2 > sums[0]) {
            reasons.add("编码层级求和 " + sums[0] + " 处中 " + failing + " 处不成立，表格结构未能读懂（第" + firstPage + "页）");
        }
        return new TableReading(printedAmounts.size(), printedAmounts.size() - unaccounted.size(),
                unaccounted.subList(0, Math.min(QUOTED, unaccounted.size())), sums[0], sums[1], List.copyOf(reasons));
    }

    /** The printed amounts (as a multiset) that no amount cell of the table holds. */
    private static List<String> unaccounted(List<String> printedAmounts, List<Row> rows) {
        Map<String, Integer> inCells = new HashMap<>();
        for (Row row : rows) {
            for (Cell cell : row.cells().values()) {
                if (cell.isAmount()) {
                    inCells.merge(canonical(cell.amount().value()), 1, Integer::sum);
                }
            }
        }
        List<String> left = new ArrayList<>();
        for (String printed : printedAmounts) {
            String key = canonical(printed);
            if (inCells.getOrDefault(key, 0) > 0) {
                inCells.merge(key, -1, Integer::sum);
            } else {
                left.add(printed);
            }
        }
        return left;
    }

    /** A sign is kept apart from the digits: "-0.50" and "−0.50" are one amount. */
    private static String canonical(String value) {
        return value.replace(",", "").replace("−", "-");
    }

    /** Duplicate codes per side, and codes printed outside their parent's block. */
    private static List<String> outlineProblems(List<Row> rows) {
        List<String> problems = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.code() == null || row.subset()) {
                continue;
            }
            String key = Objects.toString(row.side(), "") + "|" + row.code();
            seen.merge(key, 1, Integer::sum);
            firstIndex.putIfAbsent(key, i);
        }
        seen.forEach((key, count) -> {
            if (count > 1) {
                problems.add("编码 " + key.substring(key.indexOf('|') + 1) + " 在同一表中出现 " + count + " 次");
            }
        });
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            String parentKey = Objects.toString(row.side(), "") + "|" + row.parentCode();
            Integer parent = row.parentCode() == null ? null : firstIndex.get(parentKey);
            if (parent != null && !insideBlock(rows, parent, i)) {
                problems.add("编码 " + row.code() + " 不在其上级 " + row.parentCode() + " 之下");
            }
        }
        return problems;
    }

    /** Every coded row between the parent and the child belongs to the parent's subtree. */
    private static boolean insideBlock(List<Row> rows, int parent, int child) {
        if (parent > child) {
            return false;
        }
        String parentCode = rows.get(parent).code();
        String side = rows.get(parent).side();
        for (int k = parent + 1; k < child; k++) {
            Row between = rows.get(k);
            if (between.code() != null && Objects.equals(between.side(), side) && !between.code().startsWith(parentCode)) {
                return false;
            }
        }
        return true;
    }

    /** {relations checked, relations holding}: each coded parent row against its direct children, column by column. */
    private static int[] sums(List<Row> rows) {
        int checked = 0;
        int holding = 0;
        for (Row parent : rows) {
            if (parent.code() == null || parent.subset()) {
                continue;
            }
            List<Row> children = rows.stream().filter(r -> !r.subset() && parent.code().equals(r.parentCode())
                    && Objects.equals(parent.side(), r.side())).toList();
            if (children.isEmpty()) {
                continue;
            }
            for (Map.Entry<String, Cell> column : parent.cells().entrySet()) {
                Amount total = column.getValue().amount();
                List<Amount> parts = children.stream().map(r -> r.amount(column.getKey())).filter(Objects::nonNull)
                        .toList();
                if (total == null || parts.isEmpty()) {
                    continue;
                }
                checked++;
                if (holds(total, parts)) {
                    holding++;
                }
            }
        }
        return new int[] {checked, holding};
    }

    /** Within the rounding of every printed operand: half a unit of its last printed decimal each. */
    private static boolean holds(Amount total, List<Amount> parts) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal tolerance = halfUnit(total);
        for (Amount part : parts) {
            sum = sum.add(part.decimal());
            tolerance = tolerance.add(halfUnit(part));
        }
        return total.decimal().subtract(sum).abs().compareTo(tolerance) <= 0;
    }

    private static BigDecimal halfUnit(Amount amount) {
        return BigDecimal.ONE.movePointLeft(amount.decimals()).divide(BigDecimal.valueOf(2));
    }
}

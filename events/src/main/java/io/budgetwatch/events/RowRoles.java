package io.budgetwatch.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one vocabulary of summary rows (合计, 总计, 本年收入合计, 上年结转 …, by normalised name, {@link RowNames}) and the
 * typing of a table's rows from it: each row's {@link RowRole} and outline level ({@link Row} says what the level
 * means). The reader (parse-core) types every table it builds; a consumer of an event written before schema version
 * 3 types its tables here too, so that structure, never a printed name, is what the rules reason over. It lives with
 * the contract because both sides need it and the consumers do not depend on the reader.
 */
public final class RowRoles {
    /** Grand totals of a one-sided table or of one side of a two-sided table (收入总计 + 支出总计 balance). */
    private static final Set<String> GRAND_TOTAL = Set.of("合计", "总计", "资产总额", "收入总计", "收入合计总计", "支出总计",
            "支出合计总计");
    /** This year's total of a side, without the carry-over (重庆 prints it as a heading: 一、本年收入 above its items). */
    private static final Set<String> CURRENT_TOTAL = Set.of("本年收入合计", "本年收入小计", "当年收入小计", "本年支出合计",
            "本年支出小计", "当年支出小计", "本年收入", "本年支出");
    /**
     * A side's total, ambiguous across templates: the current-year total where the side prints no other one, the grand
     * total where it prints a current-year total but no grand total (江苏: 当年收入小计 + 上年结转资金 = 收入合计), a mere
     * subtotal where it prints both.
     */
    private static final Set<String> SIDE_TOTAL = Set.of("收入合计", "支出合计");
    /** Brought forward (income side) and carried to next year (expenditure side). */
    private static final Set<String> CARRYOVER = Set.of("上年结转结余", "上年结转", "上年结转和结余", "上年结余结转",
            "年初财政拨款结转和结余", "年初结转和结余", "年初结转结余", "上年财政拨款结转", "上年结转资金",
            "年终结转结余", "年末结转结余", "年末财政拨款结转和结余", "年末结转和结余", "结转下年", "年终结转和结余",
            "结转下年资金");
    /** Any other total over some rows: 小计, 政府性基金小计, 人员经费合计. */
    private static final Pattern SUBTOTAL = Pattern.compile("(小计|合计)$");
    /** A name that mentions a total or a carry-over ends a 其中 list (parse-core SubsetGroups). */
    private static final Pattern MENTIONS_SUMMARY = Pattern.compile("合计|总计|小计|结转|结余");

    private RowRoles() {
    }

    /**
     * {@code table} with every row typed: rows without a role get one from their name, and the uncoded rows of a
     * line-item table their printed ordinal's depth as level. A table whose rows all carry a role (schema version 3)
     * is returned as it is. A 其中 row keeps its role unless its name is a summary's (summary names win, as 其中：上年结转
     * is still the carry-over).
     */
    public static Table typed(Table table) {
        List<Row> rows = table.rows() == null ? List.of() : table.rows();
        return rows.stream().allMatch(r -> r.role() != null) ? table
                : table.withRows(table.columns(), type(table.type(), rows));
    }

    /** The rows of a table of type {@code tableType}, typed: roles from names, levels from ordinals. */
    public static List<Row> type(String tableType, List<Row> rows) {
        boolean lineItems = lineItems(tableType);
        Map<String, List<String>> namesBySide = new LinkedHashMap<>();
        rows.forEach(r -> namesBySide.computeIfAbsent(sideOf(r), side -> new ArrayList<>())
                .add(RowNames.normalise(r.name())));
        List<Row> typed = new ArrayList<>();
        for (Row row : rows) {
            Row withLevel = lineItems && row.code() == null ? row.withLevel(RowNames.ordinalDepth(row.name())) : row;
            RowRole summary = summaryRole(RowNames.normalise(row.name()), namesBySide.get(sideOf(row)));
            typed.add(withLevel.withRole(summary != null ? summary : row.subset() ? RowRole.SUBSET : RowRole.ITEM));
        }
        return typed;
    }

    /**
     * Rows of the standard and asset tables are line items, with 其中 lists and numbered outlines; performance tables
     * print 其中 and ordinals inside free text.
     */
    public static boolean lineItems(String type) {
        return TableTypes.STANDARD.contains(type) || TableTypes.ASSETS.equals(type);
    }

    /** Whether a row so named closes a 其中 list: it mentions a total or a carry-over. */
    public static boolean closesList(String normalisedName) {
        return MENTIONS_SUMMARY.matcher(normalisedName).find();
    }

    private static String sideOf(Row row) {
        return Objects.toString(row.side(), "");
    }

    /** The summary role of a row so named among the names printed on its side, or null for an item. */
    private static RowRole summaryRole(String name, List<String> sideNames) {
        if (GRAND_TOTAL.contains(name)) {
            return RowRole.GRAND_TOTAL;
        }
        if (CURRENT_TOTAL.contains(name)) {
            return RowRole.CURRENT_TOTAL;
        }
        if (CARRYOVER.contains(name)) {
            return RowRole.CARRYOVER;
        }
        if (SIDE_TOTAL.contains(name)) {
            boolean current = sideNames.stream().anyMatch(CURRENT_TOTAL::contains);
            boolean grand = sideNames.stream().anyMatch(GRAND_TOTAL::contains);
            return !current ? RowRole.CURRENT_TOTAL : grand ? RowRole.SUBTOTAL : RowRole.GRAND_TOTAL;
        }
        return SUBTOTAL.matcher(name).find() ? RowRole.SUBTOTAL : null;
    }
}

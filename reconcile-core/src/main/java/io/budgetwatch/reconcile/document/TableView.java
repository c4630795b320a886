package io.budgetwatch.reconcile.document;

import io.budgetwatch.events.Amount;
import io.budgetwatch.events.Cell;
import io.budgetwatch.events.Column;
import io.budgetwatch.events.ColumnKeys;
import io.budgetwatch.events.Evidence;
import io.budgetwatch.events.Row;
import io.budgetwatch.events.RowNames;
import io.budgetwatch.events.RowRole;
import io.budgetwatch.events.RowRoles;
import io.budgetwatch.events.Table;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Lookups in one read table: summary rows by role, rows by code, the two sides, money columns and figures. Rows are
 * taken as typed by the reader; a table of an event written before rows had roles is typed here, once.
 */
public final class TableView {
    private static final Set<String> MONEY_UNITS = Set.of("元", "千元", "万元", "亿元");
    /** Columns that hold changes or ratios, not amounts that add up. */
    private static final Set<String> NON_ADDITIVE = Set.of(ColumnKeys.CHANGE, ColumnKeys.CHANGE_PERCENT);

    private static final Pattern CLASSIFICATION_CODE = Pattern.compile("\\d+");
    /** Column headers of quantities (数量, 面积, 人数), which are never added up with money. */
    private static final Pattern QUANTITY_HEADER = Pattern.compile("数量|面积|人数");

    private final Table table;
    private CodeHierarchy hierarchy;

    public TableView(Table table) {
        this.table = RowRoles.typed(table);
    }

    public Table table() {
        return table;
    }

    public String type() {
        return table.type();
    }

    /** The printed title, or the usual name of the type. */
    public String displayName() {
        return table.title() == null || table.title().isBlank() ? Names.table(table.type()) : table.title().strip();
    }

    public List<Row> rows() {
        return table.rows() == null ? List.of() : table.rows();
    }

    public boolean hasColumn(String key) {
        return columnKeys().contains(key);
    }

    /** Column keys in printed order, including keys that only appear in cells. */
    public Set<String> columnKeys() {
        Set<String> keys = new LinkedHashSet<>();
        if (table.columns() != null) {
            table.columns().stream().map(Column::key).forEach(keys::add);
        }
        rows().stream().filter(r -> r.cells() != null).forEach(r -> keys.addAll(r.cells().keySet()));
        return keys;
    }

    /**
     * Columns holding money amounts that add up (not 增减额/增减率, not quantities such as 平方米): a column headed
     * 数量 holds quantities whatever unit its cells carry (the asset table's 数量 mixes m², 辆 and 件).
     */
    public List<String> moneyColumns() {
        return columnKeys().stream().filter(key -> !NON_ADDITIVE.contains(key))
                .filter(key -> !QUANTITY_HEADER.matcher(columnLabel(key)).find())
                .filter(key -> rows().stream().map(r -> amount(r, key)).filter(Objects::nonNull)
                        .anyMatch(a -> MONEY_UNITS.contains(a.unit())))
                .toList();
    }

    /** The amount in a cell, in the table's unit when the cell does not name one; null for a blank or text cell. */
    public Amount amount(Row row, String column) {
        Amount amount = row == null ? null : row.amount(column);
        if (amount == null || amount.unit() != null) {
            return amount;
        }
        return new Amount(amount.value(), table.unit());
    }

    /**
     * The row's single amount: column {@code amount}, else {@code total} (合计), else the table's only money column
     * (a one-column table whose header the reader kept under a positional key, e.g. 机关运行经费支出).
     */
    public String mainColumn(Row row) {
        // in a one-sided table a printed 决算数 column left blank is still the row's figure, not the 预算数 beside
        // it (上海 三公 决算表); the two sides of a summary table print their amounts in columns of their own
        if (row.cell(ColumnKeys.AMOUNT) != null || row.side() == null && hasColumn(ColumnKeys.AMOUNT)) {
            return ColumnKeys.AMOUNT;
        }
        if (hasColumn(ColumnKeys.TOTAL)) {
            return ColumnKeys.TOTAL;
        }
        List<String> money = moneyColumns();
        return money.size() == 1 ? money.get(0) : ColumnKeys.AMOUNT;
    }

    /** Where a cell is printed: table, page, row code, column and, when the reader located it, the cell's box. */
    public Evidence evidence(Row row, String column) {
        Integer page = row.page() > 0 ? Integer.valueOf(row.page()) : firstPage();
        Cell cell = row.cell(column);
        return new Evidence(table.type(), page, row.code(), column, null, cell == null ? null : cell.box());
    }

    public Integer firstPage() {
        return table.pages() == null || table.pages().isEmpty() ? null : table.pages().get(0);
    }

    /** The figure in a cell, labelled by the row's name (and the column's label when the row has several). */
    public Figure figure(Row row, String column) {
        return new Figure(amount(row, column), label(row, column), evidence(row, column));
    }

    public String label(Row row, String column) {
        String name = row.name() == null ? row.code() : RowNames.normalise(row.name());
        if (row.code() != null && row.name() != null && CLASSIFICATION_CODE.matcher(row.code()).matches()) {
            name = row.code() + " " + name; // 2060101 行政运行: the code is what one searches the PDF for
        }
        boolean severalColumns = table.columns() != null
                && table.columns().stream().filter(c -> !ColumnKeys.AMOUNT.equals(c.key())).count() > 1;
        String columnLabel = columnLabel(column);
        if (ColumnKeys.AMOUNT.equals(column) || !severalColumns || columnLabel.equals(name)) {
            return name;
        }
        return name + "（" + columnLabel + "）";
    }

    /** The printed label of a column (e.g. 基本支出), or its key when the reader did not keep one. */
    public String columnLabel(String column) {
        return table.columns() == null ? Names.column(column) : table.columns().stream()
                .filter(c -> c.key().equals(column)).map(Column::label).filter(Objects::nonNull)
                .map(RowNames::normalise).findFirst().orElse(Names.column(column));
    }

    /** The first row (on {@code side}, or any side when null) of role {@code role}. */
    public Row summary(String side, RowRole role) {
        return first(r -> r.role() == role && sideMatches(r, side));
    }

    /** The table's grand total (合计, 总计, 资产总额). */
    public Row total() {
        return summary(null, RowRole.GRAND_TOTAL);
    }

    /** Column {@code column} of the 合计 row, or null when the table has no such row or column. */
    public Figure totalFigure(String column) {
        return hasColumn(column) ? figureOf(total(), column) : null;
    }

    /** The single amount of the income item whose name starts with one of {@code prefixes}. */
    public Figure incomeItemFigure(List<String> prefixes) {
        return figureOf(item(Row.INCOME_SIDE, prefixes), null);
    }

    /** A row's figure in {@code column}, or its single amount when column is null; null when not printed. */
    public Figure figureOf(Row row, String column) {
        if (row == null || (column != null && !hasColumn(column))) {
            return null;
        }
        return figure(row, column == null ? mainColumn(row) : column);
    }

    public Row row(String code) {
        return first(r -> code.equals(r.code()));
    }

    /**
     * The row of a 类 of the functional classification: by its code, else an uncoded expenditure row printed with
     * the 类's name (杭州: 自然资源海洋气象等支出; 收支总表: 六、科学技术支出).
     */
    public Row classRow(String code) {
        return first(r -> code.equals(r.code()) || r.code() == null && !Row.INCOME_SIDE.equals(r.side())
                && code.equals(FunctionClasses.codeOf(r.name())));
    }

    public Row first(Predicate<Row> predicate) {
        return rows().stream().filter(predicate).findFirst().orElse(null);
    }

    /**
     * The item rows of one side of a two-sided table: the rows printed before that side's current-year total, other
     * than summary and 其中 rows (the rows after it break the carry-over down and are not items). Where items carry
     * printed ordinals of several outline levels (一、财政拨款 above 1.一般公共预算), only the outermost level adds up.
     */
    public List<Row> items(String side) {
        List<Row> items = new ArrayList<>();
        Row currentTotal = currentTotal(side);
        if (headsItsItems(currentTotal, side)) {
            return partsOf(currentTotal, side);
        }
        for (Row row : rows()) {
            if (row == currentTotal) {
                break;
            }
            if (sideMatches(row, side) && row.role() == RowRole.ITEM) {
                items.add(row);
            }
        }
        return outermost(items, false);
    }

    /**
     * Whether the current-year total opens the side, above its items: as a numbered heading (重庆: 一、本年收入 above
     * （一）一般公共预算资金 …, then 二、上年结转, then 收入合计) or as a 合计 row printed first (重庆 收支总表).
     */
    private boolean headsItsItems(Row currentTotal, String side) {
        return currentTotal != null && first(r -> sideMatches(r, side)) == currentTotal;
    }

    /**
     * The items under a heading total, down to the next row at its level or above, or a summary row: one level
     * below a numbered heading, the outermost level under an unnumbered one.
     */
    private List<Row> partsOf(Row heading, String side) {
        int level = ordinalDepth(heading);
        List<Row> parts = new ArrayList<>();
        List<Row> rows = rows().stream().filter(r -> sideMatches(r, side)).toList();
        for (Row row : rows.subList(rows.indexOf(heading) + 1, rows.size())) {
            int depth = ordinalDepth(row);
            if (level > 0 && depth > 0 && depth <= level || row.role() != RowRole.ITEM && row.role() != RowRole.SUBSET) {
                break;
            }
            if (row.role() == RowRole.ITEM && (level == 0 || depth == level + 1)) {
                parts.add(row);
            }
        }
        return level == 0 ? outermost(parts, false) : parts;
    }

    /**
     * The items of {@link #items(String)} that carry the outermost ordinal, when the side numbers its items: rows
     * printed without a number between numbered ones are, as often as not, indented parts of the row above
     * (湖州: 一、财政拨款 / 一般公共预算 / 政府性基金预算). Equal to {@link #items(String)} on an unnumbered side.
     */
    public List<Row> numberedItems(String side) {
        return outermost(items(side), true);
    }

    /**
     * Of {@code items}, those at the outermost printed ordinal and, unless {@code numberedOnly}, the unnumbered ones;
     * all of them when none is numbered. A coded row's level is its code's depth, not an ordinal: it counts as
     * unnumbered.
     */
    private static List<Row> outermost(List<Row> items, boolean numberedOnly) {
        int outermost = items.stream().mapToInt(TableView::ordinalDepth).filter(depth -> depth > 0).min().orElse(0);
        if (outermost == 0) {
            return items;
        }
        return items.stream().filter(r -> ordinalDepth(r) == outermost || !numberedOnly && ordinalDepth(r) == 0)
                .toList();
    }

    private static int ordinalDepth(Row row) {
        return row.code() == null ? row.level() : 0;
    }

    /** The side's grand total: 收入总计 / 支出总计, or 收入合计 where it adds 上年结转 to 当年收入小计 (江苏). */
    public Row grandTotal(String side) {
        return summary(side, RowRole.GRAND_TOTAL);
    }

    /**
     * The side's current-year total (本年收入合计, 当年支出小计, a 收入合计 beside 收入总计 …), else — on a side that
     * prints no carry-over, so that all of it is this year's — its grand total.
     */
    public Row currentTotal(String side) {
        Row current = summary(side, RowRole.CURRENT_TOTAL);
        return current != null || carryover(side) != null ? current : grandTotal(side);
    }

    /**
     * The rows a side prints between its current-year total and its grand total, at their outermost outline level
     * (上年结转, and where a template lists them there, 上级补助收入 or 附属单位上缴收入): what the grand total adds.
     */
    public List<Row> addedToCurrentTotal(String side) {
        List<Row> rows = rows().stream().filter(r -> sideMatches(r, side)).toList();
        int from = rows.indexOf(currentTotal(side));
        int to = rows.indexOf(grandTotal(side));
        if (from < 0 || to <= from) {
            return List.of();
        }
        List<Row> between = rows.subList(from + 1, to).stream().filter(r -> r.role() != RowRole.SUBSET).toList();
        int outermost = between.stream().mapToInt(TableView::ordinalDepth).min().orElse(0);
        return between.stream().filter(r -> ordinalDepth(r) == outermost).toList();
    }

    /** The side's carry-over row (上年结转 on the income side, 年末结转 on the expenditure side). */
    public Row carryover(String side) {
        return summary(side, RowRole.CARRYOVER);
    }

    /** The item on {@code side} whose normalised name starts with one of {@code prefixes}. */
    public Row item(String side, List<String> prefixes) {
        return items(side).stream()
                .filter(r -> prefixes.stream().anyMatch(p -> RowNames.normalise(r.name()).startsWith(p)))
                .findFirst().orElse(null);
    }

    /**
     * The rows a 合计 row adds up: the top of the code hierarchy when the table is coded, else the item rows at the
     * outermost printed ordinal and the unnumbered ones (其中 rows never count).
     */
    public List<Row> topLevel() {
        if (!hierarchy().roots().isEmpty()) {
            return hierarchy().roots();
        }
        return outermost(rows().stream().filter(r -> r.role() == RowRole.ITEM).toList(), false);
    }

    /** Whether the table prints classification codes (功能 or 经济分类) on its rows. */
    public boolean isCoded() {
        return hierarchy().codes().iterator().hasNext();
    }

    public CodeHierarchy hierarchy() {
        if (hierarchy == null) {
            hierarchy = CodeHierarchy.of(rows());
        }
        return hierarchy;
    }

    private static boolean sideMatches(Row row, String side) {
        return side == null || side.equals(row.side());
    }
}

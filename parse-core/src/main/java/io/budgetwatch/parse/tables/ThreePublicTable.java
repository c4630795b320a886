package io.budgetwatch.parse.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.budgetwatch.events.Cell;
import io.budgetwatch.events.Column;
import io.budgetwatch.events.ColumnKeys;
import io.budgetwatch.events.KeyFigureNames;
import io.budgetwatch.events.Row;
import io.budgetwatch.events.RowRole;
import io.budgetwatch.events.Table;

/**
 * Brings a “三公” table into the shape the rules expect (ColumnKeys javadoc): one row per item, coded with its
 * {@link KeyFigureNames} name, the current-year figure under {@link ColumnKeys#AMOUNT}. Tables printed with the
 * items as columns are turned round.
 */
public final class ThreePublicTable {
    /** Most specific first: 公务用车购置费 is also 公务用车. */
    private static final PatternTable ITEMS = new PatternTable()
            .add(KeyFigureNames.THREE_PUBLIC_VEHICLE_PURCHASE, "^(其中[:：]?)?公务用车购置(经?费)?$|^购置(经?费)?$")
            .add(KeyFigureNames.THREE_PUBLIC_VEHICLE_OPERATION, "^(其中[:：]?)?公务用车运行(维护)?经?费$|^运行(维护)?经?费$")
            .add(KeyFigureNames.THREE_PUBLIC_VEHICLE_TOTAL, "公务用车购置及运[行维护]+费|公务用车费?/小计")
            .add(KeyFigureNames.THREE_PUBLIC_OVERSEAS, "^([一二三四1-3][、.])?因公出国[(（]?境[)）]?经?费(用)?$")
            .add(KeyFigureNames.THREE_PUBLIC_RECEPTION, "^([一二三四1-3][、.])?公务接待费$")
            .add(KeyFigureNames.ORGAN_OPERATING_COSTS, "机关运行经费")
            // 北京: “三公”经费财政拨款预算总额.
            .add(KeyFigureNames.THREE_PUBLIC_TOTAL, "^(“三公”|\"三公\"|三公)?经费?(小计|合计|总计)?$|^合计$|^总计$"
                    + "|^(“三公”|\"三公\"|三公)经费(财政拨款)?(预算|决算)?总额$");

    private static final String FINAL = "决算数";
    private static final Pattern SUBTOTAL = Pattern.compile("小计");
    private static final Pattern ITEM_HEAD = Pattern.compile("因公出国|公务用车|公务接待");
    /** A “三公” table that also prints these costs has a 合计 over more than the 三公. */
    private static final Pattern OTHER_COSTS = Pattern.compile("会议费|培训费");
    private static final String BUDGET = "预算数";
    /** Ordinals in front of item names (一、 1、 1. (1) （一）), after a 其中： that opens the list. */
    private static final Pattern ORDINAL = Pattern.compile(
            "^(其中[:：]?)?([一二三四五六七八九十]+、|\\d+[、.．]|[(（][\\d一二三四五六七八九十]+[)）])");
    /** 广东 names the items as spending: 因公出国(境)支出, 公务接待费支出 are the 费 of the other templates. */
    private static final Pattern SPENDING = Pattern.compile("费?支出$");

    private ThreePublicTable() {
    }

    static String itemOf(String printed) {
        String text = ORDINAL.matcher(printed.replace(" ", "")).replaceFirst("");
        return ITEMS.find(SPENDING.matcher(text).replaceFirst("费"));
    }

    public static Table normalise(Table table) {
        boolean itemsAsColumns = table.columns().stream().filter(c -> itemOfLabel(c.label()) != null).count() >= 3;
        if (!itemsAsColumns) {
            return codeRows(table);
        }
        Table turned = turn(table);
        // 公务接待费公务用车购置公务用车运行 as one header: the labels of several columns read as one, so which item
        // an amount belongs to cannot be told (西安, an unruled header over columns most rows leave blank)
        return table.columns().stream().map(Column::label).filter(ThreePublicTable::namesSeveralItems).findFirst()
                .map(label -> turned.suspectedFor("“三公”经费表的表头“" + label + "”一格写有几个项目名称，无法确定各数字所属的项目（第"
                        + table.pages().get(0) + "页）"))
                .orElse(turned);
    }

    /** Whether one segment of a column label names two items or more (公务用车购置及运行维护费 names one). */
    private static boolean namesSeveralItems(String label) {
        for (String segment : label.split("/")) {
            if (ITEM_HEAD.matcher(segment).results().count() >= 2) {
                return true;
            }
        }
        return false;
    }

    private static String leaf(String label) {
        return label.substring(label.lastIndexOf('/') + 1);
    }

    private static Table codeRows(Table table) {
        String primary = primaryColumn(table.columns());
        List<Row> rows = new ArrayList<>();
        for (Row row : table.rows()) {
            String item = itemOf(row.name());
            Map<String, Cell> cells = new LinkedHashMap<>();
            row.cells().forEach((key, cell) -> cells.put(key.equals(primary) ? ColumnKeys.AMOUNT : key, cell));
            rows.add(new Row(item, row.name(), row.level(), null, roleOf(item, row.role()), row.side(), cells,
                    row.page()));
        }
        List<Column> columns = table.columns().stream()
                .map(c -> c.key().equals(primary) ? new Column(ColumnKeys.AMOUNT, c.label()) : c).toList();
        return table.withRows(columns, rows);
    }

    /**
     * The item says what a row is, whatever its printed name: the 三公 total (“三公”经费小计 too) is the table's grand
     * total, the 公务用车 total a subtotal over 购置 and 运行维护.
     */
    private static RowRole roleOf(String item, RowRole printed) {
        if (KeyFigureNames.THREE_PUBLIC_TOTAL.equals(item)) {
            return RowRole.GRAND_TOTAL;
        }
        return KeyFigureNames.THREE_PUBLIC_VEHICLE_TOTAL.equals(item) ? RowRole.SUBTOTAL : printed;
    }

    /** The column holding this year's figure: 预算数/决算数, else 合计, else the first amount column. */
    private static String primaryColumn(List<Column> columns) {
        for (String key : List.of(ColumnKeys.AMOUNT, ColumnKeys.TOTAL)) {
            if (columns.stream().anyMatch(c -> c.key().equals(key))) {
                return key;
            }
        }
        return columns.stream().map(Column::key).filter(k -> !k.equals(ColumnKeys.PREVIOUS_YEAR)).findFirst()
                .orElse(ColumnKeys.AMOUNT);
    }

    /** 决算数 / 预算数 when one segment of the header path says so (as leaf or as the group above the items). */
    private static String measureOf(String label) {
        for (String segment : label.split("/")) {
            if (segment.equals(FINAL) || segment.equals(BUDGET)) {
                return segment;
            }
        }
        return null;
    }

    private static String withoutMeasure(String label) {
        return String.join("/", List.of(label.split("/")).stream()
                .filter(segment -> !segment.equals(FINAL) && !segment.equals(BUDGET)).toList());
    }

    private static String finalAccountKey(String label, String budgetKey, int index) {
        String measure = measureOf(label);
        return FINAL.equals(measure) ? ColumnKeys.AMOUNT : BUDGET.equals(measure) ? budgetKey : "c" + (index + 1);
    }

    /**
     * Items printed as columns, years (or budget/actual) as rows or leaf columns: one output row per item. In a
     * 决算 table the 决算数 is the figure; every item's 预算数 goes under one key (the first 预算数 column's, as
     * {@link ColumnKeys} has no budget key), so a rule can add it down the items.
     */
    private static Table turn(Table table) {
        boolean finalAccount = table.columns().stream().anyMatch(c -> FINAL.equals(measureOf(c.label())));
        int firstBudget = 0;
        while (firstBudget < table.columns().size() && !BUDGET.equals(measureOf(table.columns().get(firstBudget).label()))) {
            firstBudget++;
        }
        String budgetKey = "c" + (firstBudget + 1);
        int latestColumnYear = HeaderYears.latest(table.columns().stream().map(Column::label).toList());
        int latestRowYear = HeaderYears.latest(table.rows().stream().map(ThreePublicTable::rowLabel).toList());
        Map<String, Map<String, Cell>> items = new LinkedHashMap<>();
        Map<String, String> itemLabels = new LinkedHashMap<>();
        Map<String, Integer> itemPages = new LinkedHashMap<>();
        boolean ambiguous = false;
        boolean alsoOtherCosts = OTHER_COSTS.matcher(table.title()).find();
        for (int index = 0; index < table.columns().size(); index++) {
            Column column = table.columns().get(index);
            // 2025年预算数/公务接待费 and 2026年预算数/公务接待费 are one item in two years.
            String label = HeaderYears.withoutYears(withoutMeasure(column.label()));
            String item = itemOfLabel(label);
            if (KeyFigureNames.THREE_PUBLIC_TOTAL.equals(item) && alsoOtherCosts && !label.contains("三公")) {
                continue; // 西安 “三公”经费、会议费、培训费表: its 合计 covers 会议费 and 培训费 too
            }
            // A bare 合计 may also cover 会议费/培训费 (江苏); the 三公 小计 is the 三公 total. Of the fund-source
            // columns under one item (一般公共预算 | 政府性基金 …) the first, 一般公共预算, is the 财政拨款 figure.
            if (item == null || HeaderYears.isChange(label) || itemLabels.containsKey(item)
                    && !itemLabels.get(item).equals(label) && !label.contains("三公")) {
                continue;
            }
            if (!label.equals(itemLabels.get(item))) {
                items.put(item, new LinkedHashMap<>());
                itemLabels.put(item, label);
            }
            boolean earlierColumn = HeaderYears.isEarlier(column.label(), latestColumnYear);
            for (Row printed : table.rows()) {
                String rowLabel = rowLabel(printed);
                Cell cell = printed.cell(column.key());
                if (cell == null || HeaderYears.isChange(rowLabel)) {
                    continue;
                }
                boolean prior = earlierColumn || printed.name().contains("上年")
                        || HeaderYears.isEarlier(rowLabel, latestRowYear);
                String key = finalAccount ? finalAccountKey(column.label(), budgetKey, index)
                        : prior ? ColumnKeys.PREVIOUS_YEAR : ColumnKeys.AMOUNT;
                Cell earlier = items.get(item).putIfAbsent(key, cell);
                ambiguous |= earlier != null && !earlier.printsAs(cell);
                itemPages.putIfAbsent(item, printed.page());
            }
        }
        List<Row> rows = new ArrayList<>();
        items.forEach((item, cells) -> rows.add(new Row(item, itemLabels.get(item), 0, null,
                roleOf(item, RowRole.ITEM), null, cells, itemPages.getOrDefault(item, table.pages().get(0)))));
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(ColumnKeys.AMOUNT, finalAccount ? "决算数" : "预算数"));
        rows.stream().flatMap(r -> r.cells().keySet().stream()).filter(k -> !k.equals(ColumnKeys.AMOUNT)).distinct()
                .forEach(k -> columns.add(new Column(k, k.equals(ColumnKeys.PREVIOUS_YEAR) ? "上年" : "预算数")));
        Table turned = table.withRows(columns, rows);
        // Several rows print different figures for one item (units, or years not labelled as such): which one is
        // this year's department figure cannot be told, so no rule may take one.
        return ambiguous ? turned.suspectedFor("“三公”经费表有多行数字（单位、年度或资金来源），无法确定本年数（第"
                + table.pages().get(0) + "页）") : turned;
    }

    /**
     * The most specific header segment that names an item: 公务用车购置及运行维护费/公务用车购置费/一般公共预算 →
     * 购置费 (公务用车购置/费: the label wrapped); a bare 小计 under a heading that names no item is the 三公 total (长沙: 三公经费预算数/小计).
     */
    private static String itemOfLabel(String label) {
        String[] segments = label.split("/");
        for (int i = segments.length - 1; i >= 0; i--) {
            // A label wrapped over header lines is split into segments too: 因公出国/(境)费用.
            String wrapped = String.join("", Arrays.copyOfRange(segments, i, segments.length));
            String item = itemOf(wrapped) != null ? itemOf(wrapped) : itemOf(segments[i]);
            if (item != null) {
                return item;
            }
        }
        String whole = itemOf(label.replace("/", ""));
        return whole == null && SUBTOTAL.matcher(segments[segments.length - 1]).matches()
                ? KeyFigureNames.THREE_PUBLIC_TOTAL : whole;
    }

    /** A row's name and its text cells: the year of a row may be printed in a 年度 column (2026 年). */
    private static String rowLabel(Row row) {
        StringBuilder label = new StringBuilder(row.name() == null ? "" : row.name());
        row.cells().values().stream().filter(c -> !c.isAmount()).forEach(c -> label.append(' ').append(c.text()));
        return label.toString();
    }
}

package io.budgetwatch.parse.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.budgetwatch.events.Amount;
import io.budgetwatch.events.Box;
import io.budgetwatch.events.Cell;
import io.budgetwatch.events.Row;
import io.budgetwatch.events.RowRole;
import io.budgetwatch.parse.grid.GridRow;

/**
 * Turns one data row of a grid into {@link Row}s: one per side of a two-sided table. Each cell carries its box: the
 * grid's column edges across its merged span, the row's band down; roles come later (events RowRoles), once the
 * whole table is read, except that a printed 其中 marks a {@link RowRole#SUBSET}.
 */
final class RowReader {
    /** Some producers print the code in the name cell: {@code 2010301 行政运行}, {@code [212]城乡社区支出} (广东). */
    private static final Pattern CODE_IN_NAME = Pattern.compile(
            "^[\\[【［]?(\\d{3}(?:\\d{2}){0,2})[\\]】］]?\\s*([^\\d\\]】］].*)$");
    private static final Pattern SUBSET = Pattern.compile("^其中[:：]?\\s*");

    private final ColumnLayout layout;
    private final String unit;

    RowReader(ColumnLayout layout, String unit) {
        this.layout = layout;
        this.unit = unit;
    }

    /** {@code edges} are the column edges of the grid {@code gridRow} belongs to, on page {@code page}. */
    List<Row> read(GridRow gridRow, List<Float> edges, int page) {
        List<Row> rows = new ArrayList<>();
        int groups = layout.columns().get(layout.columns().size() - 1).group() + 1;
        for (int group = 0; group < groups; group++) {
            Row row = group(gridRow, edges, page, group);
            if (row == null) {
                continue;
            }
            Row previous = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (previous != null && nameSpansFromEarlierGroup(gridRow, group) && previous.name().equals(row.name())) {
                // A label merged over two groups (江苏 当年支出小计) is one row of the earlier half; its amount
                // sits in the later group.
                rows.set(rows.size() - 1, merge(previous, row));
            } else {
                rows.add(row);
            }
        }
        return rows;
    }

    /**
     * How far into its cell the name of the row on {@code side} starts (NaN when it has none): measured from the
     * cell's edge, as a table continued on another page may sit elsewhere across it.
     */
    float nameIndent(GridRow gridRow, List<Float> edges, String side) {
        for (ColumnSpec column : layout.columns()) {
            int start = gridRow.spanStart()[column.index()];
            if (column.role() == ColumnRole.NAME && Objects.equals(column.side(), side)
                    && !gridRow.text(start).isEmpty()) {
                return gridRow.textLeft()[start] - edges.get(start);
            }
        }
        return Float.NaN;
    }

    /** Whether the name cell of {@code group} is a cell merged over from the group before it. */
    private boolean nameSpansFromEarlierGroup(GridRow gridRow, int group) {
        for (ColumnSpec column : layout.columns()) {
            if (column.group() == group && column.role() == ColumnRole.NAME) {
                int start = gridRow.spanStart()[column.index()];
                return layout.columns().get(start).group() < group;
            }
        }
        return false;
    }

    private static Row merge(Row first, Row second) {
        Map<String, Cell> cells = new LinkedHashMap<>(first.cells());
        second.cells().forEach(cells::putIfAbsent);
        return first.withCells(cells);
    }

    /** The cell of leaf column {@code column}: from its merged span's left edge to its right one, over the row. */
    private static Box box(GridRow row, List<Float> edges, int column) {
        int start = row.spanStart()[column];
        int end = start;
        while (end + 1 < row.spanStart().length && row.spanStart()[end + 1] == start) {
            end++;
        }
        return new Box(points(edges.get(start)), points(row.top()), points(edges.get(end + 1)), points(row.bottom()));
    }

    /** Hundredths of a point: finer than any printing, and short in JSON. */
    private static float points(float position) {
        return Math.round(position * 100) / 100f;
    }

    /** A quantity carries its own printed unit, or stays text: it must never read as an amount in 万元. */
    private static Cell quantity(String text, String quantityUnit) {
        Amount amount = quantityUnit == null ? null : Amounts.parse(text, quantityUnit);
        return amount == null ? Cell.text(text) : Cell.of(amount);
    }

    private Row group(GridRow gridRow, List<Float> edges, int page, int group) {
        String side = null;
        String name = "";
        String labelInCodeColumn = "";
        String code = null;
        List<String> codeParts = new ArrayList<>();
        Map<String, Cell> cells = new LinkedHashMap<>();
        Map<String, String> quantities = new LinkedHashMap<>();
        Map<String, Box> boxes = new LinkedHashMap<>();
        String measureUnit = null;
        for (ColumnSpec column : layout.columns()) {
            if (column.group() != group) {
                continue;
            }
            side = column.side();
            String text = gridRow.text(column.index());
            switch (column.role()) {
                case NAME -> name = name.isEmpty() ? gridRow.text(gridRow.spanStart()[column.index()]) : name + text;
                case CODE, CODE_PART -> {
                    if (Codes.isCode(text.replace(" ", "")) || Codes.isPart(text, column.role() == ColumnRole.CODE_PART)) {
                        codeParts.add(text);
                    } else {
                        labelInCodeColumn += text;
                    }
                }
                case VALUE -> {
                    if (column.isMeasureUnit()) {
                        measureUnit = text;
                    }
                    if (!text.isEmpty()) {
                        boxes.put(column.key(), box(gridRow, edges, column.index()));
                    }
                    if (column.isQuantity() && !text.isEmpty()) {
                        quantities.put(column.key(), text);
                    } else if (!text.isEmpty()) {
                        Amount amount = Amounts.parse(text, unit);
                        cells.put(column.key(), amount == null ? Cell.text(text) : Cell.of(amount));
                    }
                }
                case SKIP -> {
                }
            }
        }
        if (!codeParts.isEmpty()) {
            code = Codes.join(codeParts.toArray(String[]::new));
        }
        if (name.isEmpty()) {
            // 合计 rows often span the code columns: the label then sits in the code cell.
            name = labelInCodeColumn;
        }
        Matcher inName = CODE_IN_NAME.matcher(name);
        if (code == null && inName.matches() && Codes.isCode(inName.group(1))) {
            code = inName.group(1);
            name = inName.group(2).trim();
        }
        String quantityUnit = QuantityUnit.of(name, measureUnit);
        quantities.forEach((key, text) -> cells.put(key, quantity(text, quantityUnit)));
        cells.replaceAll((key, cell) -> cell.at(boxes.get(key)));
        Matcher subset = SUBSET.matcher(name);
        boolean isSubset = subset.find();
        if (isSubset) {
            name = name.substring(subset.end());
        }
        if (name.isEmpty() && code == null && cells.isEmpty()) {
            return null;
        }
        return new Row(code, name, Codes.level(code), Codes.parent(code), isSubset ? RowRole.SUBSET : null, side, cells,
                page);
    }
}

package io.budgetwatch.parse.tables;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.budgetwatch.events.Cell;
import io.budgetwatch.events.Column;
import io.budgetwatch.events.ColumnKeys;
import io.budgetwatch.events.Row;
import io.budgetwatch.events.Table;

/**
 * Brings a 基本支出表 printed as two halves side by side (决算 template: 人员经费 codes 301/303 on the left, 公用经费
 * codes 302/310 on the right, each half 类 | 款 | 科目名称 | 决算数, closed by 人员经费合计 | 公用经费合计) into the
 * shape of a one-sided basic-expenditure table: one row per economic code, its amount under
 * {@link ColumnKeys#PERSONNEL} or {@link ColumnKeys#PUBLIC_OPERATING}. Which half is which is read from the
 * half's own 合计 row, never assumed from its position.
 */
public final class BasicExpenditureTable {
    private static final String PERSONNEL_TOTAL = "人员经费合计";
    private static final String PUBLIC_OPERATING_TOTAL = "公用经费合计";

    private BasicExpenditureTable() {
    }

    public static Table normalise(Table table) {
        Map<String, String> keyOfSide = new LinkedHashMap<>();
        for (Row row : table.rows()) {
            String name = row.name().replace(" ", "");
            if (row.side() != null && name.equals(PERSONNEL_TOTAL)) {
                keyOfSide.put(row.side(), ColumnKeys.PERSONNEL);
            } else if (row.side() != null && name.equals(PUBLIC_OPERATING_TOTAL)) {
                keyOfSide.put(row.side(), ColumnKeys.PUBLIC_OPERATING);
            }
        }
        if (keyOfSide.size() < 2) {
            return table;
        }
        // The left half first, then the right: the order a reader of the printed table follows.
        List<Row> rows = new ArrayList<>();
        List<Row> halves = table.rows().stream().filter(r -> keyOfSide.containsKey(r.side()))
                .sorted(Comparator.comparingInt(r -> List.copyOf(keyOfSide.keySet()).indexOf(r.side()))).toList();
        for (Row row : halves) {
            String key = keyOfSide.get(row.side());
            Map<String, Cell> cells = new LinkedHashMap<>();
            row.cells().forEach((column, cell) -> cells.put(column.equals(ColumnKeys.AMOUNT) ? key : column, cell));
            rows.add(new Row(row.code(), row.name(), row.level(), row.parentCode(), row.role(), null, cells,
                    row.page()));
        }
        String printed = table.columns().isEmpty() ? "" : "/" + table.columns().get(0).label();
        List<Column> columns = keyOfSide.values().stream()
                .map(key -> new Column(key, (key.equals(ColumnKeys.PERSONNEL) ? "人员经费" : "公用经费") + printed))
                .toList();
        return table.withRows(columns, rows);
    }
}

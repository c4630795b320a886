package io.budgetwatch.parse.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.budgetwatch.events.Row;
import io.budgetwatch.events.RowRole;

class SubsetGroupsTest {
    private static Row row(String name, boolean subset, String side) {
        return new Row(null, name, 0, null, subset ? RowRole.SUBSET : null, side, Map.of(), 1);
    }

    private static List<Boolean> subsets(List<Row> rows) {
        return SubsetGroups.mark(rows).stream().map(Row::subset).toList();
    }

    @Test
    void aSubsetListRunsUntilARowAtItsParentsLevel() {
        List<Row> printed = List.of(row("一、财政拨款收入", false, null), row("一般公共预算拨款", true, null),
                row("政府性基金拨款", false, null), row("二、事业收入", false, null), row("上年结转", false, null));
        assertEquals(List.of(false, true, true, false, false), subsets(printed));
    }

    @Test
    void eachSideOfATwoSidedTableKeepsItsOwnList() {
        List<Row> printed = List.of(row("一、一般公共预算拨款", false, Row.INCOME_SIDE),
                row("基本支出", true, Row.EXPENDITURE_SIDE), row("项目支出", false, Row.INCOME_SIDE),
                row("项目支出", false, Row.EXPENDITURE_SIDE), row("本年支出合计", false, Row.EXPENDITURE_SIDE));
        assertEquals(List.of(false, true, false, true, false), subsets(printed));
    }
}

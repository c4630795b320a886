package io.budgetwatch.parse.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.budgetwatch.events.Row;
import io.budgetwatch.events.RowRole;

/** Outline levels from indentation alone, and the layouts that must not get any. */
class IndentLevelsTest {

    private static Row item(String name) {
        return new Row(null, name, 0, null, RowRole.ITEM, Row.EXPENDITURE_SIDE, Map.of(), 1);
    }

    private static List<Integer> levels(List<Row> rows) {
        return rows.stream().map(Row::level).toList();
    }

    @Test
    void eachIndentationStepIsALevel() {
        List<Row> rows = List.of(item("卫生健康支出"), item("公立医院"), item("综合医院"), item("中医医院"),
                item("公共卫生"), item("疾病预防控制机构"), item("住房保障支出"), item("住房改革支出"));
        List<Float> indents = List.of(1.6f, 9.9f, 18.2f, 18.2f, 9.9f, 18.2f, 1.6f, 9.9f);

        assertEquals(List.of(1, 2, 3, 3, 2, 3, 1, 2), levels(IndentLevels.apply(rows, indents)));
    }

    /** Names centred in their cells start where their length puts them: that is no outline. */
    @Test
    void centredNamesAreNoOutline() {
        List<Row> rows = List.of(item("合计项目"), item("一般公共服务支出"), item("教育支出"));
        List<Float> indents = List.of(20f, 8f, 28f);

        assertEquals(List.of(0, 0, 0), levels(IndentLevels.apply(rows, indents)));
    }

    @Test
    void aSideThatNumbersItsRowsKeepsTheLevelsOfItsOrdinals() {
        List<Row> rows = List.of(item("一、财政拨款").withLevel(1), item("一般公共预算"), item("政府性基金预算"),
                item("二、事业收入").withLevel(1));
        List<Float> indents = List.of(1f, 5f, 5f, 1f);

        assertEquals(List.of(1, 0, 0, 1), levels(IndentLevels.apply(rows, indents)));
    }
}

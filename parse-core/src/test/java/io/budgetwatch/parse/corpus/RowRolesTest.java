package io.budgetwatch.parse.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.budgetwatch.events.KeyFigureNames;
import io.budgetwatch.events.Row;
import io.budgetwatch.events.RowRole;
import io.budgetwatch.events.RowRoles;
import io.budgetwatch.events.Table;
import io.budgetwatch.events.TableTypes;

/** The role and outline level the reader gives real rows, as the printed tables mean them. */
class RowRolesTest {
    private static final String SEED_000 = "seed-000.pdf";
    /** 江苏 省委办公厅 2019: 当年收入小计 + 上年结转资金 = 收入合计, 一、财政拨款 over 1.一般公共预算. */
    private static final String JIANGSU = "js-swbgt-2019-tables.pdf";

    private record Typed(String side, String name, RowRole role) {
    }

    private static List<Typed> summaries(Table table) {
        return table.rows().stream().filter(r -> r.role() != RowRole.ITEM)
                .map(r -> new Typed(r.side(), r.name(), r.role())).toList();
    }

    @Test
    void aHebeiSummaryTablePrintsCurrentTotalCarryOverAndGrandTotalOnEachSide() {
        Table summary = Corpus.table(SEED_000, TableTypes.INCOME_EXPENDITURE_SUMMARY);
        assertEquals(List.of(new Typed(Row.INCOME_SIDE, "本年收入合计", RowRole.CURRENT_TOTAL),
                new Typed(Row.EXPENDITURE_SIDE, "本年支出合计", RowRole.CURRENT_TOTAL),
                new Typed(Row.INCOME_SIDE, "上年结转结余", RowRole.CARRYOVER),
                new Typed(Row.EXPENDITURE_SIDE, "年终结转结余", RowRole.CARRYOVER),
                new Typed(Row.INCOME_SIDE, "收入总计", RowRole.GRAND_TOTAL),
                new Typed(Row.EXPENDITURE_SIDE, "支出总计", RowRole.GRAND_TOTAL)), summaries(summary));
        Row general = Corpus.row(summary, Row.INCOME_SIDE, "一、一般公共预算拨款收入");
        assertEquals(RowRole.ITEM, general.role());
        assertEquals(1, general.level(), "一、 is the outermost ordinal");
        assertEquals(0, Corpus.row(summary, Row.INCOME_SIDE, "收入总计").level(), "a total prints no ordinal");
    }

    @Test
    void aJiangsuSideTotalAfterItsCurrentYearSubtotalIsTheGrandTotal() {
        Table summary = Corpus.table(JIANGSU, TableTypes.INCOME_EXPENDITURE_SUMMARY);
        assertEquals(List.of(new Typed(Row.INCOME_SIDE, "当年收入小计", RowRole.CURRENT_TOTAL),
                new Typed(Row.EXPENDITURE_SIDE, "当年支出小计", RowRole.CURRENT_TOTAL),
                new Typed(Row.INCOME_SIDE, "上年结转资金", RowRole.CARRYOVER),
                new Typed(Row.EXPENDITURE_SIDE, "结转下年资金", RowRole.CARRYOVER),
                new Typed(Row.INCOME_SIDE, "收入合计", RowRole.GRAND_TOTAL),
                new Typed(Row.EXPENDITURE_SIDE, "支出合计", RowRole.GRAND_TOTAL)), summaries(summary));
        Row appropriation = Corpus.row(summary, Row.INCOME_SIDE, "一、财政拨款");
        Row general = Corpus.row(summary, Row.INCOME_SIDE, "1.一般公共预算");
        assertEquals(List.of(1, 3), List.of(appropriation.level(), general.level()));
    }

    @Test
    void codedRowsAreItemsAtTheirCodesDepthUnderTheGrandTotal() {
        Table expenditure = Corpus.table(SEED_000, TableTypes.GENERAL_BUDGET_EXPENDITURE);
        Map<String, Integer> levels = Map.of("206", 1, "20601", 2, "2060101", 3);
        levels.forEach((code, level) -> {
            Row row = Corpus.codeRow(expenditure, code);
            assertEquals(RowRole.ITEM, row.role(), code);
            assertEquals(level, row.level(), code);
        });
        assertEquals(List.of(new Typed(null, "合计", RowRole.GRAND_TOTAL)), summaries(expenditure));
    }

    @Test
    void threePublicRowsAreTypedByTheirItem() {
        Table three = Corpus.table(SEED_000, TableTypes.THREE_PUBLIC_EXPENDITURE);
        assertEquals(RowRole.GRAND_TOTAL, Corpus.codeRow(three, KeyFigureNames.THREE_PUBLIC_TOTAL).role());
        assertEquals(RowRole.SUBTOTAL, Corpus.codeRow(three, KeyFigureNames.THREE_PUBLIC_VEHICLE_TOTAL).role());
        assertEquals(RowRole.SUBSET, Corpus.codeRow(three, KeyFigureNames.THREE_PUBLIC_VEHICLE_OPERATION).role(),
                "其中：公务用车购置费 / 公务用车运行维护费");
        assertEquals(RowRole.ITEM, Corpus.codeRow(three, KeyFigureNames.THREE_PUBLIC_RECEPTION).role());
    }

    /**
     * A consumer of an event written before rows had roles (schema version 2: {@code subset} only, the older level)
     * types its tables to what the reader gives them now. The “三公” table is left out: the reader types its rows by
     * item (the 三公 vocabulary), a version-2 consumer by printed name.
     */
    @ParameterizedTest
    @ValueSource(strings = {SEED_000, JIANGSU, "pt-swj-2025-dept.pdf"})
    void aVersion2TableIsTypedAsTheReaderTypesIt(String file) {
        for (Table table : Corpus.read(file).tables()) {
            if (table.type().equals(TableTypes.THREE_PUBLIC_EXPENDITURE)) {
                continue;
            }
            List<Row> untyped = table.rows().stream()
                    .map(r -> r.withRole(r.subset() ? RowRole.SUBSET : null).withLevel(r.code() == null ? 0 : r.level()))
                    .toList();
            assertEquals(table.rows(), RowRoles.typed(table.withRows(table.columns(), untyped)).rows(),
                    file + " " + table.type());
        }
    }

    /**
     * 湖州 财政拨款收支预算总表 (p33) outlines its expenditure by indentation only, no codes and no numbers: 科学技术支出
     * at the cell's margin, 基础研究 one step in, 实验室及相关设施 two. The income side numbers its rows (一、财政拨款),
     * so it keeps the levels of its ordinals.
     */
    @Test
    void anOutlinePrintedByIndentationOnlyGetsItsLevelsFromTheIndentation() {
        Table fiscal = Corpus.table("wide/huz-8369e431c4ed.pdf", TableTypes.FISCAL_APPROPRIATION_SUMMARY);
        Map<String, Integer> expenditure = new LinkedHashMap<>();
        fiscal.rows().stream().filter(r -> Row.EXPENDITURE_SIDE.equals(r.side())).limit(4)
                .forEach(r -> expenditure.put(r.name(), r.level()));
        assertEquals(Map.of("科学技术支出", 1, "基础研究", 2, "实验室及相关设施", 3, "应用研究", 2), expenditure);
        Row general = fiscal.rows().stream().filter(r -> Row.INCOME_SIDE.equals(r.side())
                && "一般公共预算".equals(r.name())).findFirst().orElseThrow();
        assertEquals(0, general.level(), "an unnumbered row beside 一、财政拨款 is not given a level by indentation");
    }
}

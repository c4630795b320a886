package io.budgetwatch.parse.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.budgetwatch.events.ColumnKeys;

/** Printed column headers, as header paths, to the keys the rules compare by. */
class ColumnKeyMapperTest {

    @Test
    void aSubtotalUnderANamedGroupIsThatGroupsFigure() {
        // 杭州 表5: 合计 | 基本支出 (小计 · 人员经费 · 日常公用支出) | 项目支出
        assertEquals(ColumnKeys.BASIC, ColumnKeyMapper.keyOf("基本支出/小计"));
        assertEquals(ColumnKeys.PERSONNEL, ColumnKeyMapper.keyOf("基本支出/人员经费"));
        assertEquals(ColumnKeys.PUBLIC_OPERATING, ColumnKeyMapper.keyOf("基本支出/日常公用支出"));
        // a subtotal of a group without a key of its own stays the table's total, as printed
        assertEquals(ColumnKeys.TOTAL, ColumnKeyMapper.keyOf("本年支出/小计"));
        assertEquals(ColumnKeys.TOTAL, ColumnKeyMapper.keyOf("合计"));
        assertEquals(ColumnKeys.TOTAL, ColumnKeyMapper.keyOf("本年一般公共预算基本支出/合计"), "the basic table's own total");
    }
}

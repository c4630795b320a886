package io.budgetwatch.parse.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class AmountsAndCodesTest {

    @Test
    void amountsKeepPrintedDecimalsAndDropSeparators() {
        assertEquals("91016775.35", Amounts.parse("91,016,775.35", "元").value());
        assertEquals("1700.00", Amounts.parse("1700.00", "万元").value());
        assertEquals("1700", Amounts.parse("1,700", "万元").value());
        assertEquals("-3.5", Amounts.parse("-3.5", "万元").value());
        assertNull(Amounts.parse("小计", "万元"));
        assertNull(Amounts.parse("12,34.5", "万元"), "a misplaced separator is not an amount");
    }

    @Test
    void splitCodesAreJoinedWhetherOrNotPartsRepeatTheirParent() {
        assertEquals("2010301", Codes.join("201", "03", "01"));
        assertEquals("2010301", Codes.join("201", "20103", "2010301"));
        assertEquals("20103", Codes.join("201", "03", ""));
        assertEquals("30102", Codes.join("301", "2"), "a 款 printed without its leading zero");
        assertEquals("2010301", Codes.join("201", "3", "1"));
        assertNull(Codes.join("合计", "", ""));
    }

    @Test
    void levelsAndParentsFollowTheClassification() {
        assertEquals(1, Codes.level("206"));
        assertEquals(2, Codes.level("20601"));
        assertEquals(3, Codes.level("2060101"));
        assertEquals("20601", Codes.parent("2060101"));
        assertEquals("301", Codes.parent("30101"));
        assertNull(Codes.parent("301"));
    }

    @Test
    void titlesOfEveryProvinceAreRecognised() {
        assertEquals("income_expenditure_summary", TableAliases.typeOf("部门预算收支总表"));
        assertEquals("income_expenditure_summary", TableAliases.typeOf("2025年部门财务收支预算总表"));
        assertEquals("income_expenditure_summary", TableAliases.typeOf("收入支出决算总表"));
        assertEquals("fiscal_appropriation_summary", TableAliases.typeOf("财政拨款收入支出决算总表"));
        assertEquals("fiscal_appropriation_summary", TableAliases.typeOf("部门预算财政拨款收支总表"));
        assertEquals("general_budget_basic_expenditure", TableAliases.typeOf("2025年部门一般公共预算基本支出部门预算经济分类预算表"));
        assertEquals("government_fund_expenditure", TableAliases.typeOf("部门预算政府基金预算财政拨款支出表"));
        assertEquals("three_public_expenditure", TableAliases.typeOf("“三公”经费、会议费、培训费支出预算表"));
        assertEquals("income_summary", TableAliases.typeOf("收入决算表"));
        // 江苏 公开05/06表: the 财政拨款 function and basic (economic) tables.
        assertEquals("general_budget_expenditure", TableAliases.typeOf("财政拨款支出预算表(功能科目)"));
        assertEquals("general_budget_basic_expenditure", TableAliases.typeOf("财政拨款基本支出预算表(经济科目)"));
        // 河北 prints the procurement table's title without 表.
        assertEquals("procurement", TableAliases.typeOf("部门政府采购预算"));
        assertNull(TableAliases.typeOf("本部门无国有资本经营预算，国有资本经营预算财政拨款支出表空表列示。"));
    }

    @Test
    void titlesArePrefixedByTheirNumberWrappedAnywhereAndNeverAnExplanation() {
        assertEquals("general_budget_expenditure", TableAliases.typeOf("公开05表：财政拨款支出预算表（功能科目）"));
        assertEquals("general_budget_expenditure", TableAliases.typeOf("五、一般公共预算支出情况表"));
        assertEquals("income_summary", TableAliases.typeOf("预算02表 收入总表"));
        assertEquals("income_summary", TableAliases.typeOf("表2 2026年部门收入总表"));
        assertNull(TableAliases.typeOf("三、关于2026年收入总表的说明"));
        assertEquals("general_budget_expenditure", TableAliases.typeOf("2026年度某某局财政拨款支出表"),
                "a department's 财政拨款支出表 is never its 支出总表");
        assertEquals("general_budget_basic_expenditure", TableAliases.typeOf("2026年度某某局财政拨款基本支出预算表"));
        assertEquals("general_budget_expenditure", TableAliases.typeOfWrapped("2026年某某局一般公共预算", "支出情况表"));
        assertEquals("three_public_expenditure", TableAliases.typeOfWrapped("…“三公”经费、会议费、培训费支出预算", "表"));
        assertNull(TableAliases.typeOfWrapped("公开05表", "财政拨款支出表（功能科目）"),
                "the second line alone says as much");
    }
}

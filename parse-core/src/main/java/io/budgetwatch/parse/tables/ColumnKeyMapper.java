package io.budgetwatch.parse.tables;

import java.util.regex.Pattern;

import io.budgetwatch.events.ColumnKeys;

/** Maps a printed column label to a canonical {@link ColumnKeys} key; null when none fits. */
final class ColumnKeyMapper {
    private static final PatternTable RULES = new PatternTable()
            .add(ColumnKeys.CHANGE_PERCENT, "增减率|增长率|%")
            .add(ColumnKeys.CHANGE, "增减")
            .add(ColumnKeys.PREVIOUS_YEAR, "上年.*(预算|执行|决算)|^\\d{4}年.*(执行|决算)")
            .add(ColumnKeys.CARRYOVER, "结转|结余")
            .add(ColumnKeys.PERSONNEL, "人员经费|人员支出")
            .add(ColumnKeys.PUBLIC_OPERATING, "公用经费|公用支出")
            .add(ColumnKeys.BASIC, "基本支出")
            .add(ColumnKeys.PROJECT, "项目支出")
            .add(ColumnKeys.GENERAL_BUDGET, "一般公共预算")
            .add(ColumnKeys.GOVERNMENT_FUND, "政府性?基金")
            .add(ColumnKeys.STATE_CAPITAL, "国有资本")
            .add(ColumnKeys.FISCAL_SPECIAL_ACCOUNT, "财政专户")
            .add(ColumnKeys.UNIT_FUNDS, "单位资金")
            .add(ColumnKeys.BUSINESS_INCOME, "^事业收入")
            .add(ColumnKeys.OPERATING_INCOME, "经营收入")
            .add(ColumnKeys.OTHER_INCOME, "^其他收入")
            .add(ColumnKeys.TOTAL, "^(合计|总计|小计|(本年)?(支出|收入)(合计|总计))$")
            .add(ColumnKeys.AMOUNT, "预算数|决算数|金额|^(\\d{4}年)?(本年)?预算$");

    private static final Pattern SUBTOTAL = Pattern.compile("小计|合计");
    /**
     * Groups that are one part of the table's total, split further: their subtotal is that part. Not a group that
     * heads the whole table (本年一般公共预算基本支出/合计 is the basic table's total).
     */
    private static final Pattern SPLIT_GROUP = Pattern.compile("基本支出|项目支出|人员经费|公用经费");

    private ColumnKeyMapper() {
    }

    /**
     * Tries the most specific label part (the leaf header cell) first, then the whole header path. A subtotal leaf
     * is its group's figure where the group is one part of the total: 基本支出/小计 is the 基本支出 (杭州 表5).
     */
    static String keyOf(String label) {
        String[] parts = label.split("/");
        String leaf = parts[parts.length - 1];
        if (parts.length > 1 && SUBTOTAL.matcher(leaf).matches()
                && SPLIT_GROUP.matcher(parts[parts.length - 2]).matches()) {
            return match(parts[parts.length - 2]);
        }
        String key = match(leaf);
        return key != null ? key : match(label.replace("/", ""));
    }

    private static String match(String text) {
        return RULES.find(text);
    }
}

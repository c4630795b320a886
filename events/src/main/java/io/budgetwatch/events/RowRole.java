package io.budgetwatch.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a table row is, so the rules reason over structure rather than printed names. Two-sided tables (收支总表) print
 * per side a current-year total, a carry-over and a grand total (本年收入合计 + 上年结转 = 收入总计); one-sided
 * tables print a grand total (合计) over their items.
 */
public enum RowRole {
    /** A line item (a coded 科目, a numbered or plain item row). */
    @JsonProperty("item") ITEM,
    /** A 其中 row: part of the row before it, never summed with its siblings. */
    @JsonProperty("subset") SUBSET,
    /** A total over some of the items (小计, 人员经费合计), never summed with them. */
    @JsonProperty("subtotal") SUBTOTAL,
    /** This year's total of a side (本年收入合计, 当年支出小计). */
    @JsonProperty("current_total") CURRENT_TOTAL,
    /** Funds carried over: 上年结转 on the income side, 年末结转和结余 on the expenditure side. */
    @JsonProperty("carryover") CARRYOVER,
    /** The table's or side's grand total (合计 of a one-sided table, 收入总计 / 支出总计, 资产总额). */
    @JsonProperty("grand_total") GRAND_TOTAL
}

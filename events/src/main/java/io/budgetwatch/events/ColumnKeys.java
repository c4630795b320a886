package io.budgetwatch.events;

/**
 * Canonical column keys shared by the reader and the rules. A printed column the reader cannot map keeps a
 * positional key ({@code c1}, {@code c2}, …) and its printed label.
 *
 * <p>Two-sided tables (收支总表, 财政拨款收支总表) are emitted as rows with {@link Row#side()} "income" or
 * "expenditure"; the 收入 half's single amount column is {@link #AMOUNT}. The “三公” table is emitted with one
 * row per item, the item's {@link KeyFigureNames} name as the row code, whatever the printed orientation.
 */
public final class ColumnKeys {
    /** The single amount column of a side or a table (预算数, 决算数, 金额). */
    public static final String AMOUNT = "amount";
    /** 合计 / 总计. */
    public static final String TOTAL = "total";
    /** 基本支出. */
    public static final String BASIC = "basic";
    /** 项目支出. */
    public static final String PROJECT = "project";
    /** 人员经费 (基本支出表). */
    public static final String PERSONNEL = "personnel";
    /** 公用经费 (基本支出表). */
    public static final String PUBLIC_OPERATING = "publicOperating";
    /** 一般公共预算 (财政拨款). */
    public static final String GENERAL_BUDGET = "generalBudget";
    /** 政府性基金预算 (财政拨款). */
    public static final String GOVERNMENT_FUND = "governmentFund";
    /** 国有资本经营预算 (财政拨款). */
    public static final String STATE_CAPITAL = "stateCapital";
    /** 财政专户管理资金. */
    public static final String FISCAL_SPECIAL_ACCOUNT = "fiscalSpecialAccount";
    /** 单位资金 (事业收入, 经营收入, 其他收入 …) when printed as one column. */
    public static final String UNIT_FUNDS = "unitFunds";
    /** 事业收入. */
    public static final String BUSINESS_INCOME = "businessIncome";
    /** 事业单位经营收入. */
    public static final String OPERATING_INCOME = "operatingIncome";
    /** 其他收入. */
    public static final String OTHER_INCOME = "otherIncome";
    /** 上年结转 (结余). */
    public static final String CARRYOVER = "carryover";
    /** 上年预算数 / 上年执行数 / 上年决算数: the prior year as printed in this document. */
    public static final String PREVIOUS_YEAR = "previousYear";
    /** 增减额. */
    public static final String CHANGE = "change";
    /** 增减率 (%). */
    public static final String CHANGE_PERCENT = "changePercent";

    private ColumnKeys() {
    }
}

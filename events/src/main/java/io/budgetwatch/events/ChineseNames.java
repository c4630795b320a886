package io.budgetwatch.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Chinese names a reader of the PDF knows: tables by canonical type, figures by key-figure name, columns by
 * canonical key. Here, in the contract, so every service names evidence the same way.
 */
public final class ChineseNames {
    private static final Map<String, String> TABLES = Map.ofEntries(
            Map.entry(TableTypes.INCOME_EXPENDITURE_SUMMARY, "收支总表"),
            Map.entry(TableTypes.INCOME_SUMMARY, "收入总表"),
            Map.entry(TableTypes.EXPENDITURE_SUMMARY, "支出总表"),
            Map.entry(TableTypes.FISCAL_APPROPRIATION_SUMMARY, "财政拨款收支总表"),
            Map.entry(TableTypes.GENERAL_BUDGET_EXPENDITURE, "一般公共预算财政拨款支出表"),
            Map.entry(TableTypes.GENERAL_BUDGET_BASIC_EXPENDITURE, "一般公共预算财政拨款基本支出表"),
            Map.entry(TableTypes.GOVERNMENT_FUND_EXPENDITURE, "政府性基金预算财政拨款支出表"),
            Map.entry(TableTypes.STATE_CAPITAL_EXPENDITURE, "国有资本经营预算财政拨款支出表"),
            Map.entry(TableTypes.THREE_PUBLIC_EXPENDITURE, "财政拨款“三公”经费支出表"),
            Map.entry(TableTypes.PROJECT_EXPENDITURE, "项目支出表"),
            Map.entry(TableTypes.OPERATING_COSTS, "机关运行经费表"),
            Map.entry(TableTypes.PROCUREMENT, "政府采购预算表"),
            Map.entry(TableTypes.PERFORMANCE_TARGETS, "项目绩效目标表"),
            Map.entry(TableTypes.ASSETS, "固定资产占用情况表"),
            Map.entry(TableTypes.OTHER, "其他表"));

    private static final Map<String, String> FIGURES = Map.ofEntries(
            Map.entry(KeyFigureNames.INCOME_TOTAL, "收入总计"),
            Map.entry(KeyFigureNames.EXPENDITURE_TOTAL, "支出总计"),
            Map.entry(KeyFigureNames.CURRENT_YEAR_INCOME, "本年收入合计"),
            Map.entry(KeyFigureNames.CARRYOVER_INCOME, "上年结转"),
            Map.entry(KeyFigureNames.GENERAL_BUDGET_APPROPRIATION, "一般公共预算拨款"),
            Map.entry(KeyFigureNames.GOVERNMENT_FUND_APPROPRIATION, "政府性基金预算拨款"),
            Map.entry(KeyFigureNames.BASIC_EXPENDITURE, "基本支出"),
            Map.entry(KeyFigureNames.PROJECT_EXPENDITURE, "项目支出"),
            Map.entry(KeyFigureNames.PERSONNEL_EXPENDITURE, "人员经费"),
            Map.entry(KeyFigureNames.PUBLIC_OPERATING_EXPENDITURE, "公用经费"),
            Map.entry(KeyFigureNames.THREE_PUBLIC_TOTAL, "“三公”经费合计"),
            Map.entry(KeyFigureNames.THREE_PUBLIC_OVERSEAS, "因公出国（境）费"),
            Map.entry(KeyFigureNames.THREE_PUBLIC_VEHICLE_TOTAL, "公务用车购置及运行维护费"),
            Map.entry(KeyFigureNames.THREE_PUBLIC_VEHICLE_PURCHASE, "公务用车购置费"),
            Map.entry(KeyFigureNames.THREE_PUBLIC_VEHICLE_OPERATION, "公务用车运行维护费"),
            Map.entry(KeyFigureNames.THREE_PUBLIC_RECEPTION, "公务接待费"),
            Map.entry(KeyFigureNames.ORGAN_OPERATING_COSTS, "机关运行经费"));

    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry(ColumnKeys.AMOUNT, "金额"), Map.entry(ColumnKeys.TOTAL, "合计"),
            Map.entry(ColumnKeys.BASIC, "基本支出"), Map.entry(ColumnKeys.PROJECT, "项目支出"),
            Map.entry(ColumnKeys.PERSONNEL, "人员经费"), Map.entry(ColumnKeys.PUBLIC_OPERATING, "公用经费"),
            Map.entry(ColumnKeys.GENERAL_BUDGET, "一般公共预算"), Map.entry(ColumnKeys.GOVERNMENT_FUND, "政府性基金预算"),
            Map.entry(ColumnKeys.STATE_CAPITAL, "国有资本经营预算"), Map.entry(ColumnKeys.CARRYOVER, "上年结转"),
            Map.entry(ColumnKeys.PREVIOUS_YEAR, "上年数"));

    private ChineseNames() {
    }

    public static String table(String type) {
        return TABLES.getOrDefault(type, type);
    }

    public static String figure(String keyFigureName) {
        return FIGURES.getOrDefault(keyFigureName, keyFigureName);
    }

    /** The usual name of a canonical column, for columns the reader kept no label for. */
    public static String column(String key) {
        return COLUMNS.getOrDefault(key, key);
    }

    /**
     * Where evidence points, as a reader of the PDF says it: "财政拨款“三公”经费支出表 第25页 行 “三公”经费合计 列 金额"
     * (table, page, row, column, each when known; the sentence is the caller's, quoted whole or cut).
     */
    public static String place(Evidence evidence) {
        List<String> parts = new ArrayList<>();
        if (present(evidence.table())) {
            parts.add(table(evidence.table()));
        }
        if (evidence.page() != null) {
            // A page of the other file of a disclosure published as two: its numbers are not the report's file's.
            parts.add((evidence.documentId() == null ? "" : "另一文件") + "第" + evidence.page() + "页");
        }
        if (present(evidence.rowCode())) {
            // The 三公 table's rows are coded by their key-figure name; other rows by their classification code.
            parts.add("行 " + figure(evidence.rowCode()));
        }
        if (present(evidence.column())) {
            parts.add("列 " + column(evidence.column()));
        }
        return String.join(" ", parts);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}

package io.budgetwatch.parse.figures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.budgetwatch.events.Amount;
import io.budgetwatch.events.ColumnKeys;
import io.budgetwatch.events.KeyFigure;
import io.budgetwatch.events.KeyFigureNames;
import io.budgetwatch.events.Row;
import io.budgetwatch.events.Table;
import io.budgetwatch.events.TableTypes;
import io.budgetwatch.parse.PageText;

/**
 * Picks the canonical key figures out of the standard tables (and 机关运行经费 out of the text, where most
 * disclosures state it). A figure the document does not print is absent, never zero.
 */
public final class KeyFigureExtractor {
    private static final Pattern TOTAL_NAME = Pattern.compile("^(合计|总计|本年支出合计|支出合计|合\\s*计)$");
    private static final Pattern BASIC_PART_TOTAL = Pattern.compile("^(人员经费|公用经费)合计$");
    private static final Pattern INCOME_TOTAL_NAME = Pattern.compile("^(收入总计|总计)$");
    private static final Pattern CURRENT_YEAR_INCOME_NAME = Pattern.compile("^(本年|当年)收入(合计|小计)$");
    private static final Pattern EXPENDITURE_TOTAL_NAME = Pattern.compile("^(支出总计|总计|支出合计)$");
    /** The ordinal a summary table's income rows are printed with: 一、… or 1. … */
    private static final Pattern ORDINAL_PREFIX = Pattern.compile("^([一二三四五六七八九十]+、|\\d+[.、])\\s*");
    private static final Pattern ORGAN_COSTS = Pattern.compile(
            "机关运行经费(?:预算|支出|决算)?(?:财政拨款)?(?:安排|合计|共计|为|是|总额)*[^0-9。；;]{0,12}?(\\d[\\d,]*(?:\\.\\d+)?)\\s*(万元|元)");

    private final Map<String, KeyFigure> figures = new LinkedHashMap<>();

    public Map<String, KeyFigure> extract(List<Table> tables, List<PageText> pages) {
        figures.clear();
        for (Table table : tables) {
            switch (table.type()) {
                case TableTypes.INCOME_EXPENDITURE_SUMMARY -> summary(table);
                case TableTypes.EXPENDITURE_SUMMARY, TableTypes.GENERAL_BUDGET_EXPENDITURE -> expenditure(table);
                case TableTypes.GENERAL_BUDGET_BASIC_EXPENDITURE -> basic(table);
                case TableTypes.THREE_PUBLIC_EXPENDITURE -> threePublic(table);
                case TableTypes.OPERATING_COSTS -> operatingCosts(table);
                default -> {
                }
            }
        }
        organOperatingCosts(pages);
        return Map.copyOf(figures);
    }

    private void summary(Table table) {
        income(table, KeyFigureNames.INCOME_TOTAL, n -> INCOME_TOTAL_NAME.matcher(n).matches()
                || n.equals("收入合计") && !hasRow(table, "收入总计"));
        income(table, KeyFigureNames.CURRENT_YEAR_INCOME, n -> CURRENT_YEAR_INCOME_NAME.matcher(n).matches()
                || n.equals("收入合计") && hasRow(table, "收入总计"));
        income(table, KeyFigureNames.CARRYOVER_INCOME, n -> n.contains("上年结转"));
        income(table, KeyFigureNames.GENERAL_BUDGET_APPROPRIATION, n -> n.contains("一般公共预算"));
        income(table, KeyFigureNames.GOVERNMENT_FUND_APPROPRIATION, n -> n.contains("政府性基金"));
        for (Row row : table.rows()) {
            if (Row.EXPENDITURE_SIDE.equals(row.side()) && EXPENDITURE_TOTAL_NAME.matcher(row.name()).matches()) {
                put(KeyFigureNames.EXPENDITURE_TOTAL, row.amount(ColumnKeys.AMOUNT) != null
                        ? row.amount(ColumnKeys.AMOUNT) : row.amount(ColumnKeys.TOTAL), row.page(), table.type());
            }
        }
    }

    /** 江苏 prints 收入合计 as the grand total, 河北 as 本年收入合计 beside a separate 收入总计. */
    private static boolean hasRow(Table table, String name) {
        return table.rows().stream().anyMatch(r -> r.name().equals(name));
    }

    private void income(Table table, String name, Predicate<String> rowName) {
        for (Row row : table.rows()) {
            String printed = ORDINAL_PREFIX.matcher(row.name()).replaceFirst("");
            if (Row.INCOME_SIDE.equals(row.side()) && rowName.test(printed)) {
                put(name, row.amount(ColumnKeys.AMOUNT), row.page(), table.type());
            }
        }
    }

    private void expenditure(Table table) {
        Row total = totalRow(table);
        if (total != null) {
            put(KeyFigureNames.BASIC_EXPENDITURE, total.amount(ColumnKeys.BASIC), total.page(), table.type());
            put(KeyFigureNames.PROJECT_EXPENDITURE, total.amount(ColumnKeys.PROJECT), total.page(), table.type());
        }
    }

    /** One 合计 row, or (决算 template) one 人员经费合计 and one 公用经费合计 row, each carrying its own column. */
    private void basic(Table table) {
        Row total = totalRow(table);
        for (Row row : table.rows()) {
            if (row == total || row.code() == null && BASIC_PART_TOTAL.matcher(row.name()).matches()) {
                put(KeyFigureNames.PERSONNEL_EXPENDITURE, row.amount(ColumnKeys.PERSONNEL), row.page(), table.type());
                put(KeyFigureNames.PUBLIC_OPERATING_EXPENDITURE, row.amount(ColumnKeys.PUBLIC_OPERATING), row.page(),
                        table.type());
            }
        }
    }

    private static Row totalRow(Table table) {
        List<Row> rows = table.rows();
        // A table without a name column (江苏 支出预算总表) prints only its total row.
        if (rows.size() == 1 && rows.get(0).code() == null && rows.get(0).name().isEmpty()) {
            return rows.get(0);
        }
        return rows.stream().filter(r -> r.code() == null && TOTAL_NAME.matcher(r.name()).matches()).findFirst()
                .orElse(null);
    }

    private void threePublic(Table table) {
        for (Row row : table.rows()) {
            if (row.code() != null) {
                put(row.code(), row.amount(ColumnKeys.AMOUNT), row.page(), table.type());
            }
        }
    }

    /** The 合计 of a 机关运行经费 table; the text's statement is the fallback for documents without one. */
    private void operatingCosts(Table table) {
        Row total = totalRow(table);
        if (total != null) {
            put(KeyFigureNames.ORGAN_OPERATING_COSTS, total.amount(ColumnKeys.AMOUNT), total.page(), table.type());
        }
    }

    private void organOperatingCosts(List<PageText> pages) {
        for (PageText page : pages) {
            Matcher m = ORGAN_COSTS.matcher(page.text().replace("\n", ""));
            if (m.find()) {
                put(KeyFigureNames.ORGAN_OPERATING_COSTS, new Amount(m.group(1).replace(",", ""), m.group(2)),
                        page.page(), "text");
                return;
            }
        }
    }

    /** The first table that prints a figure wins: 支出总表 before 一般公共预算支出表, as DESIGN.md orders them. */
    private void put(String name, Amount amount, int page, String source) {
        if (amount != null && !figures.containsKey(name)) {
            figures.put(name, KeyFigure.of(amount, page, source));
        }
    }
}

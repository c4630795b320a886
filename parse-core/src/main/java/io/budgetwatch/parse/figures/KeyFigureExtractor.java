package io.budgetwatch.parse.figures;

import java.math.BigDecimal;
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
import io.budgetwatch.events.RowNames;
import io.budgetwatch.events.RowRole;
import io.budgetwatch.events.Table;
import io.budgetwatch.events.TableTypes;
import io.budgetwatch.parse.PageText;

/**
 * Picks the canonical key figures out of the standard tables (and 机关运行经费 out of the text, where most
 * disclosures state it), each with the row and column it was read from. A figure the document does not print is
 * absent, never zero — unless the document prints what it is made of: 人员经费 = 301 + 303 and 公用经费 = 302 (+ 310)
 * of the basic-expenditure table, 本年收入 = 收入总计 where no carry-over is printed, and a 三公 item printed with a
 * blank amount is 0; such a figure says how it was derived. Totals and carry-overs are the rows of that role
 * ({@link RowRole}), so every alias a template prints (上年结余结转, 年初结转和结余 …) counts.
 */
public final class KeyFigureExtractor {
    private static final Pattern BASIC_PART_TOTAL = Pattern.compile("^(人员经费|公用经费)合计$");
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
        put(KeyFigureNames.INCOME_TOTAL, table, first(table, Row.INCOME_SIDE, RowRole.GRAND_TOTAL), ColumnKeys.AMOUNT);
        put(KeyFigureNames.CURRENT_YEAR_INCOME, table, first(table, Row.INCOME_SIDE, RowRole.CURRENT_TOTAL),
                ColumnKeys.AMOUNT);
        Row carryover = first(table, Row.INCOME_SIDE, RowRole.CARRYOVER);
        put(KeyFigureNames.CARRYOVER_INCOME, table, carryover, ColumnKeys.AMOUNT);
        income(table, KeyFigureNames.GENERAL_BUDGET_APPROPRIATION, n -> n.contains("一般公共预算"));
        income(table, KeyFigureNames.GOVERNMENT_FUND_APPROPRIATION, n -> n.contains("政府性基金"));
        Row expenditure = first(table, Row.EXPENDITURE_SIDE, RowRole.GRAND_TOTAL);
        put(KeyFigureNames.EXPENDITURE_TOTAL, table, expenditure,
                expenditure != null && expenditure.amount(ColumnKeys.AMOUNT) == null ? ColumnKeys.TOTAL
                        : ColumnKeys.AMOUNT);
        KeyFigure total = figures.get(KeyFigureNames.INCOME_TOTAL);
        if (carryover == null && total != null) {
            derive(KeyFigureNames.CURRENT_YEAR_INCOME, total.amount(), total.page(), table, "收入总计（未列上年结转）");
        }
    }

    /** The first row of {@code role} on {@code side} (any side when null), or null. */
    private static Row first(Table table, String side, RowRole role) {
        return table.rows().stream().filter(r -> r.role() == role && (side == null || side.equals(r.side())))
                .findFirst().orElse(null);
    }

    /** The first income row whose name (without its ordinal) says which fund it is. */
    private void income(Table table, String name, Predicate<String> rowName) {
        for (Row row : table.rows()) {
            if (Row.INCOME_SIDE.equals(row.side()) && rowName.test(RowNames.normalise(row.name()))) {
                put(name, table, row, ColumnKeys.AMOUNT);
            }
        }
    }

    private void expenditure(Table table) {
        Row total = totalRow(table);
        if (total != null) {
            put(KeyFigureNames.BASIC_EXPENDITURE, table, total, ColumnKeys.BASIC);
            put(KeyFigureNames.PROJECT_EXPENDITURE, table, total, ColumnKeys.PROJECT);
        }
    }

    /** One 合计 row, or (决算 template) one 人员经费合计 and one 公用经费合计 row, each carrying its own column. */
    private void basic(Table table) {
        Row total = totalRow(table);
        for (Row row : table.rows()) {
            if (row == total || row.code() == null && BASIC_PART_TOTAL.matcher(row.name()).matches()) {
                put(KeyFigureNames.PERSONNEL_EXPENDITURE, table, row, ColumnKeys.PERSONNEL);
                put(KeyFigureNames.PUBLIC_OPERATING_EXPENDITURE, table, row, ColumnKeys.PUBLIC_OPERATING);
            }
        }
        deriveFromClasses(table, KeyFigureNames.PERSONNEL_EXPENDITURE, List.of("301", "303"));
        deriveFromClasses(table, KeyFigureNames.PUBLIC_OPERATING_EXPENDITURE, List.of("302", "310"));
    }

    /**
     * A basic-expenditure table by economic class only (no 人员经费 / 公用经费 columns): the figure is the sum of
     * its 类 rows that are printed.
     */
    private void deriveFromClasses(Table table, String name, List<String> codes) {
        List<Row> rows = table.rows().stream().filter(r -> r.code() != null && codes.contains(r.code())).toList();
        if (figures.containsKey(name) || rows.isEmpty()) {
            return;
        }
        String column = table.columns().stream().anyMatch(c -> ColumnKeys.TOTAL.equals(c.key())) ? ColumnKeys.TOTAL
                : ColumnKeys.AMOUNT;
        BigDecimal sum = BigDecimal.ZERO;
        String unit = null;
        for (Row row : rows) {
            Amount amount = row.amount(column);
            if (amount == null) {
                return; // a class printed without an amount in that column: nothing to add up with confidence
            }
            sum = sum.add(amount.decimal());
            unit = amount.unit();
        }
        derive(name, Amount.of(sum, unit), rows.get(0).page(), table,
                String.join(" + ", rows.stream().map(Row::code).toList()));
    }

    /** The table's 合计 (or 本年支出合计 where it prints no other). */
    private static Row totalRow(Table table) {
        List<Row> rows = table.rows();
        // A table without a name column (江苏 支出预算总表) prints only its total row.
        if (rows.size() == 1 && rows.get(0).code() == null && rows.get(0).name().isEmpty()) {
            return rows.get(0);
        }
        Row grand = first(table, null, RowRole.GRAND_TOTAL);
        return grand != null ? grand : first(table, null, RowRole.CURRENT_TOTAL);
    }

    private void threePublic(Table table) {
        // a blank template (决算 空白模板) prints no amount at all: its blanks are unfilled, not zero
        boolean filledIn = table.rows().stream().anyMatch(r -> r.amount(ColumnKeys.AMOUNT) != null);
        for (Row row : table.rows()) {
            if (row.code() == null) {
                continue;
            }
            if (row.amount(ColumnKeys.AMOUNT) == null && filledIn && !table.suspect()) {
                // 此表如无数字则表示单位无该项支出: an item printed with a blank amount has none
                derive(row.code(), Amount.of(BigDecimal.ZERO, table.unit()), row.page(), table, "空白，按 0 计");
            } else {
                put(row.code(), table, row, ColumnKeys.AMOUNT);
            }
        }
    }

    /** The 合计 of a 机关运行经费 table; the text's statement is the fallback for documents without one. */
    private void operatingCosts(Table table) {
        Row total = totalRow(table);
        if (total != null) {
            put(KeyFigureNames.ORGAN_OPERATING_COSTS, table, total, ColumnKeys.AMOUNT);
        }
    }

    private void organOperatingCosts(List<PageText> pages) {
        for (PageText page : pages) {
            Matcher m = ORGAN_COSTS.matcher(page.text().replace("\n", ""));
            if (m.find()) {
                String name = KeyFigureNames.ORGAN_OPERATING_COSTS;
                if (!figures.containsKey(name)) {
                    figures.put(name, KeyFigure.stated(new Amount(m.group(1).replace(",", ""), m.group(2)), page.page()));
                }
                return;
            }
        }
    }

    /** The first table that prints a figure wins: 支出总表 before 一般公共预算支出表, as DESIGN.md orders them. */
    private void put(String name, Table table, Row row, String column) {
        Amount amount = row == null ? null : row.amount(column);
        if (amount != null && !figures.containsKey(name)) {
            figures.put(name, KeyFigure.printed(amount, row.page(), table.type(),
                    row.code() != null ? row.code() : row.name(), column));
        }
    }

    private void derive(String name, Amount amount, int page, Table table, String derivation) {
        if (!figures.containsKey(name)) {
            figures.put(name, new KeyFigure(amount.value(), amount.unit(), page, table.type(), null, null, derivation));
        }
    }
}

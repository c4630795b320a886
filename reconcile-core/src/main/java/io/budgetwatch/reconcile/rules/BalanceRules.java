package io.budgetwatch.reconcile.rules;

import static io.budgetwatch.events.ColumnKeys.AMOUNT;
import static io.budgetwatch.events.ColumnKeys.BASIC;
import static io.budgetwatch.events.ColumnKeys.GENERAL_BUDGET;
import static io.budgetwatch.events.ColumnKeys.GOVERNMENT_FUND;
import static io.budgetwatch.events.ColumnKeys.PERSONNEL;
import static io.budgetwatch.events.ColumnKeys.PROJECT;
import static io.budgetwatch.events.ColumnKeys.PUBLIC_OPERATING;
import static io.budgetwatch.events.ColumnKeys.STATE_CAPITAL;
import static io.budgetwatch.events.ColumnKeys.TOTAL;

import io.budgetwatch.events.Row;
import io.budgetwatch.events.RowNames;
import io.budgetwatch.events.Severity;
import io.budgetwatch.events.TableTypes;
import io.budgetwatch.reconcile.RuleCategory;
import io.budgetwatch.reconcile.RuleDescription;
import io.budgetwatch.reconcile.document.CodeHierarchy;
import io.budgetwatch.reconcile.document.Figure;
import io.budgetwatch.reconcile.document.TableView;
import io.budgetwatch.reconcile.tolerance.Tolerance;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** balance: every table adds up on its own (sides, carry-over, column totals, row splits, code hierarchy). */
final class BalanceRules {
    static final List<String> TWO_SIDED = List.of(TableTypes.INCOME_EXPENDITURE_SUMMARY,
            TableTypes.FISCAL_APPROPRIATION_SUMMARY);
    /** Tables whose 合计 row adds up the rows below it. */
    static final List<String> ONE_SIDED = List.of(TableTypes.INCOME_SUMMARY, TableTypes.EXPENDITURE_SUMMARY,
            TableTypes.GENERAL_BUDGET_EXPENDITURE, TableTypes.GENERAL_BUDGET_BASIC_EXPENDITURE,
            TableTypes.GOVERNMENT_FUND_EXPENDITURE, TableTypes.STATE_CAPITAL_EXPENDITURE,
            TableTypes.PROJECT_EXPENDITURE, TableTypes.ASSETS);
    /** Tables with coded rows whose parents add up their children. */
    static final List<String> CODED = List.of(TableTypes.INCOME_SUMMARY, TableTypes.EXPENDITURE_SUMMARY,
            TableTypes.GENERAL_BUDGET_EXPENDITURE, TableTypes.GENERAL_BUDGET_BASIC_EXPENDITURE,
            TableTypes.GOVERNMENT_FUND_EXPENDITURE, TableTypes.STATE_CAPITAL_EXPENDITURE,
            TableTypes.PROJECT_EXPENDITURE);
    private static final List<String> FUNCTION_TABLES = List.of(TableTypes.EXPENDITURE_SUMMARY,
            TableTypes.GENERAL_BUDGET_EXPENDITURE, TableTypes.GOVERNMENT_FUND_EXPENDITURE,
            TableTypes.STATE_CAPITAL_EXPENDITURE, TableTypes.PROJECT_EXPENDITURE);
    /** Positional keys of columns the reader could not name: in expenditure tables, further spending columns. */
    private static final Pattern UNNAMED_COLUMN = Pattern.compile("c\\d+");
    /**
     * A further use beside 基本/项目 (事业单位经营支出, 上缴上级支出, 对附属单位补助支出, 江苏 单位预留机动经费), or a
     * column printed without a label.
     */
    private static final Pattern FURTHER_USE = Pattern.compile("^$|支出$|机动经费$");
    /** Columns that restate part of the total (深圳: 2026年政府采购项目 / 其中：…中小企业) are not uses of it. */
    private static final Pattern RESTATES = Pattern.compile("采购|其中");

    /**
     * A within-row summation relation: in each row of the tables of {@code types} (of one side, when set), the first
     * of {@code totals} the table prints = the sum of {@code parts}, with the further spending columns the reader
     * could not name when {@code furtherUses}. A relation applies when the table prints all its parts
     * ({@code everyPart}) or at least two of them.
     */
    private record RowSplit(List<String> types, String side, List<String> totals, List<String> parts,
            boolean everyPart, boolean furtherUses) {
    }

    private static final List<String> FUNDS = List.of(GENERAL_BUDGET, GOVERNMENT_FUND, STATE_CAPITAL);
    /** BAL-004: 合计 = 基本支出 + 项目支出 (+ 经营支出, 上缴上级支出… printed without a known header). */
    private static final List<RowSplit> USE_SPLITS = List.of(
            new RowSplit(FUNCTION_TABLES, null, List.of(TOTAL), List.of(BASIC, PROJECT), true, true));
    /** BAL-005: 合计 = 人员经费 + 公用经费. */
    private static final List<RowSplit> BASIC_SPLITS = List.of(new RowSplit(
            List.of(TableTypes.GENERAL_BUDGET_BASIC_EXPENDITURE), null, List.of(TOTAL),
            List.of(PERSONNEL, PUBLIC_OPERATING), true, false));
    /** BAL-006: 合计 = 一般公共预算 + 政府性基金 + 国有资本经营预算. */
    private static final List<RowSplit> FUND_SPLITS = List.of(
            new RowSplit(List.of(TableTypes.FISCAL_APPROPRIATION_SUMMARY), Row.EXPENDITURE_SIDE, List.of(TOTAL),
                    FUNDS, false, false),
            new RowSplit(List.of(TableTypes.THREE_PUBLIC_EXPENDITURE), null, List.of(TOTAL, AMOUNT), FUNDS, false,
                    false));

    private BalanceRules() {
    }

    static List<Rule> rules() {
        return List.of(
                new Rule(new RuleDescription("BAL-001", RuleCategory.BALANCE, Severity.CRITICAL,
                        "收支总表、财政拨款收支总表：收入总计 = 支出总计。",
                        "两栏不平说明表格本身有错，后续所有核对都失去依据。",
                        "部门预算收支总表：收入总计 13933.68 万元 ≠ 支出总计 13933.78 万元，差额 -0.10 万元，超出容差 0.01 万元（第6页）"),
                        BalanceRules::sidesBalance),
                new Rule(new RuleDescription("BAL-002", RuleCategory.BALANCE, Severity.CRITICAL,
                        "两栏式总表：本年收入合计 + 上年结转 = 收入总计；本年支出合计 + 年终结转 = 支出总计（每一金额列）。",
                        "结转资金是最容易被漏记或重复计算的一项。",
                        "部门预算收支总表：收入总计 13933.68 万元 ≠ 本年收入合计 + 上年结转结余 之和 13934.04 万元，差额 -0.36 万元，超出容差 0.015 万元（第6页）"),
                        BalanceRules::carryover),
                new Rule(new RuleDescription("BAL-003", RuleCategory.BALANCE, Severity.CRITICAL,
                        "列合计：合计行 = 各顶层行之和（每一金额列；其中行不计）；两栏式总表的本年收入/支出合计 = 各收入/支出项之和（只计最外层序号：一、财政拨款 含 1.一般公共预算；按经济用途另列的支出（基本/项目/单位预留机动经费）单独相加，也须等于本年支出合计）；资产表的资产总额 = 各类资产之和（“数量”列不计）。",
                        "合计与明细不符，公开的总数或明细至少有一个是错的。",
                        "部门固定资产占用情况表：资产总额 2236.31 万元 ≠ 房屋（平方米） + 车辆（台、辆） + 单价在20万元以上的设备 + 其他固定资产 之和 2225.52 万元，差额 10.79 万元，超出容差 0.565 万元（第102页）"),
                        BalanceRules::columnTotals),
                new Rule(new RuleDescription("BAL-004", RuleCategory.BALANCE, Severity.CRITICAL,
                        "支出表每一行：合计 = 基本支出 + 项目支出（+ 未命名的其他支出列）。",
                        "基本支出与项目支出的划分决定“三公”、机关运行经费等口径。",
                        "部门预算支出总表：2060201 机构运行（合计） 779.98 万元 ≠ 基本支出 + 项目支出 之和 779.88 万元，差额 0.10 万元，超出容差 0.015 万元（第11页）"),
                        run -> rowSplits(run, USE_SPLITS)),
                new Rule(new RuleDescription("BAL-005", RuleCategory.BALANCE, Severity.CRITICAL,
                        "基本支出表每一行：合计 = 人员经费 + 公用经费。",
                        "公用经费是机关运行经费的口径来源。",
                        "部门预算一般公共预算财政拨款基本支出表：合计 5827.79 万元 ≠ 人员经费 + 公用经费 之和 5827.69 万元，差额 0.10 万元，超出容差 0.015 万元（第21页）"),
                        run -> rowSplits(run, BASIC_SPLITS)),
                new Rule(new RuleDescription("BAL-006", RuleCategory.BALANCE, Severity.CRITICAL,
                        "财政拨款收支总表支出栏、“三公”经费表每一行：合计 = 一般公共预算 + 政府性基金 + 国有资本经营预算。",
                        "资金来源的拆分错了，按资金性质的公开就不可信。",
                        "部门预算财政拨款收支总表：支出总计（合计） 13933.68 万元 ≠ 一般公共预算财政拨款 + 政府性基金预算财政拨款 + 国有资本经营预算财政拨款 之和 13933.60 万元，差额 0.08 万元，超出容差 0.01 万元（第17页）"),
                        run -> rowSplits(run, FUND_SPLITS)),
                new Rule(new RuleDescription("BAL-007", RuleCategory.BALANCE, Severity.CRITICAL,
                        "科目层级：每个上级科目 = 其下级科目之和（功能分类 类 ⊃ 款 ⊃ 项，经济分类 301 ⊃ 30101），其中行不计。",
                        "科目之间的错配会让按功能、按经济分类的公开互相矛盾。",
                        "部门预算一般公共预算财政拨款支出表：20601 科学技术管理事务（合计） 1779.39 万元 ≠ 2060101 行政运行（合计） + 2060102 一般行政管理事务（合计） 之和 1779.66 万元，差额 -0.27 万元，超出容差 0.015 万元（第18页）"),
                        BalanceRules::codeHierarchy));
    }

    private static void sidesBalance(RuleRun run) {
        for (String type : TWO_SIDED) {
            run.onTable(type, table -> {
                Row income = table.grandTotal(Row.INCOME_SIDE);
                Row expenditure = table.grandTotal(Row.EXPENDITURE_SIDE);
                if (income != null && expenditure != null) {
                    Comparisons.equal(run, type + "/grand-total", table.displayName(),
                            table.figure(income, table.mainColumn(income)),
                            table.figure(expenditure, table.mainColumn(expenditure)));
                }
            });
        }
    }

    private static void carryover(RuleRun run) {
        for (String type : TWO_SIDED) {
            run.onTable(type, table -> {
                addsUp(run, table, Row.INCOME_SIDE);
                addsUp(run, table, Row.EXPENDITURE_SIDE);
            });
        }
    }

    /** The side's grand total = its current-year total + its carry-over, column by column. */
    private static void addsUp(RuleRun run, TableView table, String side) {
        Row total = table.grandTotal(side);
        Row currentRow = table.currentTotal(side);
        if (total == null || currentRow == null) {
            return;
        }
        Row carryoverRow = table.carryover(side);
        List<Row> between = table.addedToCurrentTotal(side);
        for (String column : sideColumns(table, side)) {
            List<Figure> parts = new ArrayList<>();
            parts.add(table.figure(currentRow, column));
            if (carryoverRow != null) {
                parts.add(table.figure(carryoverRow, column));
            }
            Figure printed = table.figure(total, column);
            List<Figure> withOthers = new ArrayList<>(List.of(table.figure(currentRow, column)));
            between.forEach(row -> withOthers.add(table.figure(row, column)));
            // 烟台 adds 上级补助收入 and 附属单位上缴收入 below 本年收入合计, beside the carry-over
            boolean othersAddUp = !holds(printed, parts) && holds(printed, withOthers);
            Comparisons.sum(run, table.type() + "/" + side + "/grand-total/" + column, table.displayName(), printed,
                    othersAddUp ? withOthers : parts);
        }
    }

    private static boolean holds(Figure total, List<Figure> parts) {
        return total.amount() != null && Tolerance.sum(total.amount(),
                parts.stream().map(Figure::amount).toList()).consistent();
    }

    private static void columnTotals(RuleRun run) {
        for (String type : TWO_SIDED) {
            run.onTable(type, table -> {
                itemsAddUp(run, table, Row.INCOME_SIDE, Row.INCOME_SIDE);
                itemsAddUp(run, table, Row.EXPENDITURE_SIDE, Row.EXPENDITURE_SIDE);
                // the expenditure printed a second time by economic use (基本/项目/单位预留机动经费) adds up on its own
                itemsAddUp(run, table, Row.EXPENDITURE_ECONOMIC_SIDE, Row.EXPENDITURE_SIDE);
            });
        }
        for (String type : ONE_SIDED) {
            run.onTable(type, table -> {
                Row total = table.total();
                if (total == null) {
                    return;
                }
                List<Row> top = table.topLevel();
                for (String column : table.moneyColumns()) {
                    sumOfBreakdowns(run, type + "/total/" + column, table.displayName(), table.figure(total, column),
                            top.stream().map(r -> table.figure(r, column)).toList());
                }
            });
        }
    }

    /** The items printed on {@code side} add up to the current-year total of {@code totalSide}, column by column. */
    private static void itemsAddUp(RuleRun run, TableView table, String side, String totalSide) {
        Row total = table.currentTotal(totalSide);
        List<Row> items = table.items(side);
        if (total == null || items.isEmpty()) {
            return;
        }
        List<Row> numbered = table.numberedItems(side);
        for (String column : sideColumns(table, side)) {
            Figure printed = table.figure(total, column);
            List<Figure> all = items.stream().map(r -> table.figure(r, column)).toList();
            List<Figure> outer = numbered.stream().map(r -> table.figure(r, column)).toList();
            // An outline read two ways (unnumbered rows as items, or as parts of the numbered row above): a finding
            // only when neither reading adds up.
            boolean outerAddsUp = numbered.size() < items.size()
                    && Tolerance.sum(printed.amount(), outer.stream().map(Figure::amount).toList()).consistent();
            sumOfBreakdowns(run, table.type() + "/" + side + "/current-total/" + column, table.displayName(),
                    printed, outerAddsUp ? outer : all);
        }
    }

    /** A total against its items, each breakdown on its own ({@link Breakdowns}); an uncuttable multiple is skipped. */
    private static void sumOfBreakdowns(RuleRun run, String location, String context, Figure total,
            List<Figure> parts) {
        List<List<Figure>> runs = Breakdowns.runs(total, parts);
        if (runs.isEmpty()) {
            run.skip();
        }
        for (int i = 0; i < runs.size(); i++) {
            Comparisons.sum(run, location + (i == 0 ? "" : "/breakdown-" + (i + 1)), context, total, runs.get(i));
        }
    }

    /** Money columns printed on one side of a two-sided table. */
    private static List<String> sideColumns(TableView table, String side) {
        return table.moneyColumns().stream()
                .filter(column -> table.rows().stream()
                        .anyMatch(r -> side.equals(r.side()) && table.amount(r, column) != null))
                .toList();
    }

    /** One checker for every within-row relation of {@code splits}. */
    private static void rowSplits(RuleRun run, List<RowSplit> splits) {
        for (RowSplit split : splits) {
            for (String type : split.types()) {
                run.onTable(type, table -> {
                    String total = split.totals().stream().filter(table::hasColumn).findFirst().orElse(null);
                    List<String> parts = new ArrayList<>(split.parts().stream().filter(table::hasColumn).toList());
                    boolean applies = split.everyPart() ? parts.size() == split.parts().size() : parts.size() >= 2;
                    if (split.furtherUses()) {
                        table.moneyColumns().stream().filter(c -> UNNAMED_COLUMN.matcher(c).matches())
                                .filter(c -> isFurtherUse(table.columnLabel(c))).forEach(parts::add);
                    }
                    if (total != null && applies) {
                        List<Row> rows = table.rows().stream()
                                .filter(r -> split.side() == null || split.side().equals(r.side())).toList();
                        splitsAddUp(run, table, rows, total, parts);
                    }
                });
            }
        }
    }

    private static boolean isFurtherUse(String label) {
        String leaf = label.substring(label.lastIndexOf('/') + 1);
        return FURTHER_USE.matcher(leaf).find() && !RESTATES.matcher(label).find();
    }

    /** Each row's total column equals the sum of its part columns; rows without a printed total are skipped. */
    private static void splitsAddUp(RuleRun run, TableView table, List<Row> rows, String totalColumn,
            List<String> partColumns) {
        for (Row row : rows) {
            if (table.amount(row, totalColumn) == null
                    && partColumns.stream().allMatch(c -> table.amount(row, c) == null)) {
                continue;
            }
            // parts of one row are named by their column alone: 合计 ≠ 基本支出 + 项目支出
            List<Figure> parts = partColumns.stream().map(c -> table.figure(row, c))
                    .map(f -> new Figure(f.amount(), table.columnLabel(f.evidence().column()), f.evidence())).toList();
            Comparisons.sum(run, table.type() + "/" + rowKey(row) + "/" + totalColumn, table.displayName(),
                    table.figure(row, totalColumn), parts);
        }
    }

    private static void codeHierarchy(RuleRun run) {
        for (String type : CODED) {
            run.onTable(type, table -> {
                CodeHierarchy hierarchy = table.hierarchy();
                for (Row parent : hierarchy.parents()) {
                    List<Row> children = hierarchy.children(parent.code());
                    for (String column : table.moneyColumns()) {
                        Comparisons.sum(run, type + "/" + parent.code() + "/" + column, table.displayName(),
                                table.figure(parent, column),
                                children.stream().map(r -> table.figure(r, column)).toList());
                    }
                }
            });
        }
    }

    /** A row's stable name in a location: its code, else its side and normalised name. */
    static String rowKey(Row row) {
        if (row.code() != null) {
            return row.code();
        }
        return (row.side() == null ? "" : row.side() + ":") + RowNames.normalise(row.name());
    }
}

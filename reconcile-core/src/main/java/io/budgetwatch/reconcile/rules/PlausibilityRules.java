package io.budgetwatch.reconcile.rules;

import io.budgetwatch.events.ColumnKeys;
import io.budgetwatch.events.Evidence;
import io.budgetwatch.events.KeyFigureNames;
import io.budgetwatch.events.Row;
import io.budgetwatch.events.Severity;
import io.budgetwatch.events.Table;
import io.budgetwatch.events.TableTypes;
import io.budgetwatch.reconcile.RuleCategory;
import io.budgetwatch.reconcile.RuleDescription;
import io.budgetwatch.reconcile.document.Figure;
import io.budgetwatch.reconcile.document.Names;
import io.budgetwatch.reconcile.document.TableView;
import io.budgetwatch.reconcile.report.Messages;
import io.budgetwatch.reconcile.report.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;

/** plausibility: numbers that cannot be right whatever the arithmetic says. */
final class PlausibilityRules {
    /** An empty-declared fund table and the columns of other tables that must then be blank. */
    private static final Map<String, String> FUND_COLUMNS = Map.of(TableTypes.GOVERNMENT_FUND_EXPENDITURE,
            ColumnKeys.GOVERNMENT_FUND, TableTypes.STATE_CAPITAL_EXPENDITURE, ColumnKeys.STATE_CAPITAL);
    private static final List<String> FUND_SPLIT_TABLES = List.of(TableTypes.FISCAL_APPROPRIATION_SUMMARY,
            TableTypes.THREE_PUBLIC_EXPENDITURE, TableTypes.EXPENDITURE_SUMMARY);
    /** Negative cells quoted in a message. */
    private static final int QUOTED_CELLS = 3;

    private PlausibilityRules() {
    }

    static List<Rule> rules() {
        return List.of(
                new Rule(new RuleDescription("PLA-001", RuleCategory.PLAUSIBILITY, Severity.WARNING,
                        "资产表中的金额超过全年预算（收入总计）的设定倍数（默认 100 倍，可配置）：疑为以元计的数字按万元列示。",
                        "单位错误会让资产规模差一万倍，任何基于它的分析都会错。",
                        "部门固定资产占用情况表：资产总额 856766.73 万元 是收入总计 1578.32 万元 的 542 倍，超过设定的 100 倍，疑为单位错误（以元计的数字按万元列示）（第3、45页）"),
                        PlausibilityRules::assetMagnitude),
                new Rule(new RuleDescription("PLA-002", RuleCategory.PLAUSIBILITY, Severity.CRITICAL,
                        "注明“空表列示”的表不含非零数字；政府性基金/国有资本经营支出表为空表时，财政拨款收支总表、“三公”经费表、支出总表中对应资金列也应为空。",
                        "空表说明与数字矛盾，说明要么漏表，要么数字放错了位置。",
                        "部门预算政府基金预算财政拨款支出表注明空表，但 部门预算财政拨款收支总表 列有 本年支出合计（政府性基金预算财政拨款） 5.00 万元（第17、23页）"),
                        PlausibilityRules::emptyTablesAreEmpty),
                new Rule(new RuleDescription("PLA-003", RuleCategory.PLAUSIBILITY, Severity.WARNING,
                        "标准表中不应出现负数金额（增减额列除外）。",
                        "预算安排不可能为负，负数多为录入或取数错误。",
                        "部门预算支出总表：出现负数金额 1 处：2060101 行政运行（合计） -1358.03 万元（第11页）"),
                        PlausibilityRules::noNegatives),
                new Rule(new RuleDescription("PLA-004", RuleCategory.PLAUSIBILITY, Severity.WARNING,
                        "机关运行经费不超过一般公共预算基本支出中的公用经费（按定义它是公用经费的一部分）。",
                        "机关运行经费大于公用经费，说明口径错误或数字有误。",
                        "情况说明：机关运行经费 194.06 万元 > 一般公共预算财政拨款基本支出表 合计（公用经费） 117.29 万元，差额 76.77 万元，超出容差 0.01 万元（第15、24页）"),
                        PlausibilityRules::organCostsWithinPublicOperating));
    }

    private static void assetMagnitude(RuleRun run) {
        Figure budget = run.figures().best(KeyFigureNames.INCOME_TOTAL);
        if (budget == null || budget.amount() == null || budget.amount().decimal().signum() <= 0) {
            return;
        }
        run.onTable(TableTypes.ASSETS, assets -> {
            Figure largest = assets.rows().stream()
                    .flatMap(r -> assets.moneyColumns().stream().map(c -> assets.figure(r, c)))
                    .filter(f -> f.amount() != null).max(Comparator.comparing(f -> f.amount().toYuan())).orElse(null);
            if (largest == null) {
                return;
            }
            BigDecimal ratio = largest.amount().toYuan().divide(budget.amount().toYuan(), 0, RoundingMode.DOWN);
            if (ratio.compareTo(run.settings().assetToBudgetRatio()) > 0) {
                List<Evidence> evidence = List.of(largest.evidence(), budget.evidence());
                run.report(TableTypes.ASSETS + "/magnitude", assets.displayName() + "：" + largest.label() + " "
                        + largest.amount().value() + " " + largest.amount().unit() + " 是" + budget.label() + " "
                        + budget.amount().value() + " " + budget.amount().unit() + " 的 " + ratio.toPlainString()
                        + " 倍，超过设定的 " + run.settings().assetToBudgetRatio().toPlainString()
                        + " 倍，疑为单位错误（以元计的数字按万元列示）" + Messages.pages(evidence), evidence);
            }
        });
    }

    private static void emptyTablesAreEmpty(RuleRun run) {
        for (Table table : run.doc().parsed().tables()) {
            if (!table.empty()) {
                continue;
            }
            TableView empty = new TableView(table);
            run.check(() -> {
                List<Figure> numbers = cells(empty, empty.rows(), empty.moneyColumns(), signum -> signum != 0);
                if (!numbers.isEmpty()) {
                    report(run, empty.type() + "/numbers", empty, numbers, empty);
                }
                String column = FUND_COLUMNS.get(table.type());
                if (column != null) {
                    fundColumnsBlank(run, empty, column);
                }
            });
        }
    }

    private static void fundColumnsBlank(RuleRun run, TableView empty, String column) {
        for (String type : FUND_SPLIT_TABLES) {
            TableView other = run.doc().table(type);
            if (other != null && other.hasColumn(column)) {
                List<Figure> numbers = cells(other, other.rows(), List.of(column), signum -> signum != 0);
                if (!numbers.isEmpty()) {
                    report(run, empty.type() + "/" + type, empty, numbers, other);
                }
            }
        }
    }

    private static void report(RuleRun run, String location, TableView empty, List<Figure> numbers,
            TableView where) {
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(new Evidence(empty.type(), empty.firstPage(), null, null, empty.table().note()));
        numbers.stream().limit(QUOTED_CELLS).map(Figure::evidence).forEach(evidence::add);
        run.report(location, empty.displayName() + "注明空表，但 " + where.displayName() + " 列有 "
                + quote(numbers) + Messages.pages(evidence), evidence);
    }

    private static void noNegatives(RuleRun run) {
        for (String type : TableTypes.STANDARD) {
            run.onTable(type, table -> {
                List<Figure> negatives = cells(table, table.rows(), table.moneyColumns(), signum -> signum < 0);
                if (!negatives.isEmpty()) {
                    List<Evidence> evidence = negatives.stream().limit(QUOTED_CELLS).map(Figure::evidence).toList();
                    run.report(type + "/negative", table.displayName() + "：出现负数金额 " + negatives.size() + " 处："
                            + quote(negatives) + Messages.pages(evidence), evidence);
                }
            });
        }
    }

    private static void organCostsWithinPublicOperating(RuleRun run) {
        Figure organ = run.figures().best(KeyFigureNames.ORGAN_OPERATING_COSTS);
        Figure publicOperating = run.figures().inTables(KeyFigureNames.PUBLIC_OPERATING_EXPENDITURE);
        if (organ != null && publicOperating != null) {
            String context = organ.evidence().table() == null ? "情况说明" : Names.table(organ.evidence().table());
            run.check(() -> Comparisons.atMost(run, "organ-operating", context, organ, publicOperating));
        } else if (run.figures().unreadableSource(KeyFigureNames.PUBLIC_OPERATING_EXPENDITURE)) {
            run.skip();
        }
    }

    /** The printed cells whose sign passes {@code sign} (blank cells are not printed numbers). */
    private static List<Figure> cells(TableView table, List<Row> rows, List<String> columns, IntPredicate sign) {
        List<Figure> cells = new ArrayList<>();
        for (Row row : rows) {
            columns.stream().map(c -> table.figure(row, c))
                    .filter(f -> f.amount() != null && sign.test(f.amount().decimal().signum())).forEach(cells::add);
        }
        return cells;
    }

    private static String quote(List<Figure> figures) {
        String quoted = figures.stream().limit(QUOTED_CELLS)
                .map(f -> f.label() + " " + Money.format(f.amount().toYuan(), f.amount().unit(), 2))
                .collect(Collectors.joining("、"));
        return figures.size() > QUOTED_CELLS ? quoted + " 等 " + figures.size() + " 处" : quoted;
    }
}

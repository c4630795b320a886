package io.budgetwatch.reconcile.rules;

import static io.budgetwatch.events.ColumnKeys.BASIC;
import static io.budgetwatch.events.ColumnKeys.CARRYOVER;
import static io.budgetwatch.events.ColumnKeys.GENERAL_BUDGET;
import static io.budgetwatch.events.ColumnKeys.GOVERNMENT_FUND;
import static io.budgetwatch.events.ColumnKeys.PERSONNEL;
import static io.budgetwatch.events.ColumnKeys.PROJECT;
import static io.budgetwatch.events.ColumnKeys.PUBLIC_OPERATING;
import static io.budgetwatch.events.ColumnKeys.STATE_CAPITAL;
import static io.budgetwatch.events.ColumnKeys.TOTAL;
import static io.budgetwatch.events.TableTypes.EXPENDITURE_SUMMARY;
import static io.budgetwatch.events.TableTypes.FISCAL_APPROPRIATION_SUMMARY;
import static io.budgetwatch.events.TableTypes.GENERAL_BUDGET_BASIC_EXPENDITURE;
import static io.budgetwatch.events.TableTypes.GENERAL_BUDGET_EXPENDITURE;
import static io.budgetwatch.events.TableTypes.GOVERNMENT_FUND_EXPENDITURE;
import static io.budgetwatch.events.TableTypes.INCOME_EXPENDITURE_SUMMARY;
import static io.budgetwatch.events.TableTypes.INCOME_SUMMARY;
import static io.budgetwatch.events.TableTypes.STATE_CAPITAL_EXPENDITURE;

import io.budgetwatch.events.DisclosureKind;
import io.budgetwatch.events.Evidence;
import io.budgetwatch.events.Row;
import io.budgetwatch.events.Severity;
import io.budgetwatch.reconcile.RuleCategory;
import io.budgetwatch.reconcile.RuleDescription;
import io.budgetwatch.reconcile.document.Figure;
import io.budgetwatch.reconcile.document.Figures;
import io.budgetwatch.reconcile.document.FunctionClasses;
import io.budgetwatch.reconcile.document.TableView;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.Function;

/** cross_table: a figure the standard tables print more than once is the same figure everywhere. */
final class CrossTableRules {
    /** One figure in one table: the table type and how to find the cell. */
    private record Cell(String table, Function<TableView, Figure> find) {
    }

    /** Figures that by definition are printed twice. */
    /** One figure printed in two tables; {@code comparable} says whether both print it over the same span. */
    private record SameFigure(String location, Cell first, Cell second, BiPredicate<TableView, TableView> comparable) {
        SameFigure(String location, Cell first, Cell second) {
            this(location, first, second, (a, b) -> true);
        }
    }

    private static final List<SameFigure> SAME_FIGURES = List.of(
            // a 收入总表 with a 上年结转 column totals all income; without one (决算: 本年收入合计) this year's only
            new SameFigure("income-total", summary(INCOME_EXPENDITURE_SUMMARY, t -> t.grandTotal(Row.INCOME_SIDE)),
                    new Cell(INCOME_SUMMARY, t -> t.hasColumn(CARRYOVER) ? t.totalFigure(TOTAL) : null)),
            new SameFigure("current-income", summary(INCOME_EXPENDITURE_SUMMARY,
                    t -> t.currentTotal(Row.INCOME_SIDE)),
                    new Cell(INCOME_SUMMARY, t -> t.hasColumn(CARRYOVER) ? null : t.totalFigure(TOTAL))),
            new SameFigure("current-expenditure", summary(INCOME_EXPENDITURE_SUMMARY,
                    t -> t.currentTotal(Row.EXPENDITURE_SIDE)), total(EXPENDITURE_SUMMARY, TOTAL)),
            new SameFigure("carryover", summary(INCOME_EXPENDITURE_SUMMARY, t -> t.carryover(Row.INCOME_SIDE)),
                    total(INCOME_SUMMARY, CARRYOVER)),
            new SameFigure("basic-expenditure", total(GENERAL_BUDGET_BASIC_EXPENDITURE, TOTAL),
                    total(GENERAL_BUDGET_EXPENDITURE, BASIC)),
            // 人员经费 and 公用经费 of the 一般公共预算 basic spending, where its table splits 基本支出 (杭州 表5)
            new SameFigure("personnel", total(GENERAL_BUDGET_BASIC_EXPENDITURE, PERSONNEL),
                    total(GENERAL_BUDGET_EXPENDITURE, PERSONNEL)),
            new SameFigure("public-operating", total(GENERAL_BUDGET_BASIC_EXPENDITURE, PUBLIC_OPERATING),
                    total(GENERAL_BUDGET_EXPENDITURE, PUBLIC_OPERATING)),
            new SameFigure("general-budget-expenditure", fiscalExpenditure(GENERAL_BUDGET),
                    total(GENERAL_BUDGET_EXPENDITURE, TOTAL)),
            new SameFigure("government-fund-expenditure", fiscalExpenditure(GOVERNMENT_FUND),
                    total(GOVERNMENT_FUND_EXPENDITURE, TOTAL)),
            new SameFigure("state-capital-expenditure", fiscalExpenditure(STATE_CAPITAL),
                    total(STATE_CAPITAL_EXPENDITURE, TOTAL)),
            // an income item is this year's where its table prints the carry-over apart, and may include it where
            // not (重庆: 收支总表 一般公共预算资金 18417.70 = 财政拨款表 本年 17552.65 + 上年结转 865.06)
            new SameFigure("general-budget-income", incomeItem(FISCAL_APPROPRIATION_SUMMARY),
                    incomeItem(INCOME_EXPENDITURE_SUMMARY),
                    (fiscal, summary) -> carriesOver(fiscal) == carriesOver(summary)));

    /** Codes named in a missing-row message; the rest are counted. */
    private static final int QUOTED_CODES = 5;

    private CrossTableRules() {
    }

    static List<Rule> rules() {
        return List.of(
                new Rule(new RuleDescription("XT-001", RuleCategory.CROSS_TABLE, Severity.CRITICAL,
                        "同一总数在各表一致：收支总表收入总计 = 收入总表合计（收入总表无上年结转列时（决算）比本年收入合计）；本年支出合计 = 支出总表合计；上年结转 = 收入总表上年结转；基本支出表合计、人员经费、公用经费 = 一般公共预算支出表基本支出及其人员经费、公用经费列；财政拨款收支总表各资金列 = 对应支出表合计；一般公共预算拨款收入两表一致。",
                        "同一个数在不同表里不同，至少一处公开有误。",
                        "部门预算一般公共预算财政拨款基本支出表：合计 5827.97 万元 ≠ 一般公共预算财政拨款支出表 合计（基本支出） 5827.79 万元，差额 0.18 万元，超出容差 0.01 万元（第18、21页）"),
                        CrossTableRules::sameFigures),
                new Rule(new RuleDescription("XT-002", RuleCategory.CROSS_TABLE, Severity.CRITICAL,
                        "预算：收入总表与支出总表同一功能科目的合计一致。两表须按同一分类列示（共有科目至少占两表科目的一半；按单位或资金来源列示的收入总表不比较，计为跳过）；只在一表列示的科目由 XT-005 报告。",
                        "按科目收支不对应，说明科目被挪动或漏列。",
                        "部门预算支出总表：2060404 科技成果转化与扩散（合计） 5313.75 万元 ≠ 收入总表 2060404 科技成果转化与扩散（合计） 5313.57 万元，差额 0.18 万元，超出容差 0.01 万元（第7、11页）"),
                        CrossTableRules::incomeMatchesExpenditureByCode),
                new Rule(new RuleDescription("XT-003", RuleCategory.CROSS_TABLE, Severity.CRITICAL,
                        "一般公共预算支出表每个科目：若支出总表有一般公共预算列则两者相等，否则合计/基本/项目均不得超过支出总表同一科目（一般公共预算是全部资金的一部分）。只比较两表都列示的科目，且一般公共预算支出表的科目至少一半见于支出总表（否则两表分类不同，计为跳过）。",
                        "财政拨款支出大于全部支出是不可能的。",
                        "部门预算一般公共预算财政拨款支出表：2060101 行政运行（合计） 1358.30 万元 > 支出总表 2060101 行政运行（合计） 1358.03 万元，差额 0.27 万元，超出容差 0.01 万元（第11、18页）"),
                        CrossTableRules::generalBudgetWithinAllFunds),
                new Rule(new RuleDescription("XT-004", RuleCategory.CROSS_TABLE, Severity.CRITICAL,
                        "收支总表支出栏每个功能类（如 六、科学技术支出）= 支出总表同一类科目（206）的合计（支出总表只按用途列示、不列科目，或未列该类的类级行时不比较）；财政拨款收支总表支出栏每个功能类的一般公共预算列 = 一般公共预算支出表同一类的合计。",
                        "总表与明细表的类级数字不一致。",
                        "部门预算收支总表：科学技术支出 11890.04 万元 ≠ 支出总表 206 科学技术支出（合计） 11890.40 万元，差额 -0.36 万元，超出容差 0.01 万元（第4、11页）"),
                        CrossTableRules::classesMatchSummary),
                new Rule(new RuleDescription("XT-005", RuleCategory.CROSS_TABLE, Severity.WARNING,
                        "两表按同一分类列示时（见 XT-002、XT-003），一表列示且金额不为 0 的科目在另一表也应列示。",
                        "漏列或挪动的科目值得一看；但缺一行不是两个互相矛盾的印刷数字，故为警告。",
                        "收入总表列示的科目 205 教育支出 11622.00，支出总表未列示（第18、19页）"),
                        CrossTableRules::codesPrintedInBoth));
    }

    private static void sameFigures(RuleRun run) {
        for (SameFigure same : SAME_FIGURES) {
            pairwise(run, same.first().table(), same.second().table(), (first, second) -> {
                Figure a = same.first().find().apply(first);
                Figure b = same.second().find().apply(second);
                if (a != null && b != null && same.comparable().test(first, second)) {
                    Comparisons.equal(run, same.location(), first.displayName(), a, b);
                }
            });
        }
    }

    private static void incomeMatchesExpenditureByCode(RuleRun run) {
        if (run.doc().parsed().kind() != DisclosureKind.BUDGET) {
            return; // final accounts carry balances forward, so income and spending per code legitimately differ
        }
        pairwise(run, INCOME_SUMMARY, EXPENDITURE_SUMMARY, (income, expenditure) -> {
            ClassificationBasis basis = ClassificationBasis.of(income, expenditure);
            if (!basis.shared()) {
                run.skip(); // e.g. a 收入总表 by unit or fund source: its codes are not function codes
                return;
            }
            for (String code : basis.inBoth()) {
                Comparisons.equal(run, "code/" + code, expenditure.displayName(),
                        expenditure.figure(expenditure.row(code), TOTAL), income.figure(income.row(code), TOTAL));
            }
        });
    }

    private static void generalBudgetWithinAllFunds(RuleRun run) {
        pairwise(run, GENERAL_BUDGET_EXPENDITURE, EXPENDITURE_SUMMARY, (general, all) -> {
            ClassificationBasis basis = ClassificationBasis.of(general, all);
            if (!basis.mostlyWithinSecond()) {
                run.skip();
                return;
            }
            for (String code : basis.inBoth()) {
                if (all.hasColumn(GENERAL_BUDGET)) {
                    Comparisons.equal(run, "code/" + code + "/" + GENERAL_BUDGET, general.displayName(),
                            general.figure(general.row(code), TOTAL), all.figure(all.row(code), GENERAL_BUDGET));
                    continue;
                }
                for (String column : List.of(TOTAL, BASIC, PROJECT)) {
                    if (general.hasColumn(column) && all.hasColumn(column)) {
                        Comparisons.atMost(run, "code/" + code + "/" + column, general.displayName(),
                                general.figure(general.row(code), column), all.figure(all.row(code), column));
                    }
                }
            }
        });
    }

    /**
     * A code printed in one of two tables on the same classification basis and absent from the other: a row left out
     * or a code moved, worth a look, but not two printed numbers that contradict each other.
     */
    private static void codesPrintedInBoth(RuleRun run) {
        List<String[]> pairs = run.doc().parsed().kind() == DisclosureKind.BUDGET
                ? List.of(new String[] {INCOME_SUMMARY, EXPENDITURE_SUMMARY},
                        new String[] {GENERAL_BUDGET_EXPENDITURE, EXPENDITURE_SUMMARY})
                : List.<String[]>of(new String[] {GENERAL_BUDGET_EXPENDITURE, EXPENDITURE_SUMMARY});
        for (String[] pair : pairs) {
            boolean subset = GENERAL_BUDGET_EXPENDITURE.equals(pair[0]);
            pairwise(run, pair[0], pair[1], (first, second) -> {
                ClassificationBasis basis = ClassificationBasis.of(first, second);
                if (subset ? !basis.mostlyWithinSecond() : !basis.shared()) {
                    run.skip();
                    return;
                }
                report(run, first, second, basis.onlyInFirst());
                if (!subset) {
                    report(run, second, first, basis.onlyInSecond());
                }
            });
        }
    }

    private static void report(RuleRun run, TableView printedIn, TableView missingFrom, List<String> codes) {
        List<String> nonZero = codes.stream().filter(code -> {
            Row row = printedIn.row(code);
            return row.amount(TOTAL) != null && row.amount(TOTAL).decimal().signum() != 0;
        }).toList();
        if (nonZero.isEmpty()) {
            return;
        }
        List<Evidence> evidence = List.of(new Evidence(printedIn.type(), printedIn.firstPage(), nonZero.get(0), TOTAL,
                null), new Evidence(missingFrom.type(), missingFrom.firstPage(), null, null, null));
        run.report("missing/" + printedIn.type() + "/" + missingFrom.type(),
                printedIn.displayName() + "列示的科目 " + String.join("、", nonZero.stream().limit(QUOTED_CODES)
                        .map(code -> code + " " + printedIn.row(code).name() + " "
                                + printedIn.row(code).amount(TOTAL).value()).toList())
                        + (nonZero.size() > QUOTED_CODES ? " 等 " + nonZero.size() + " 个" : "") + "，"
                        + missingFrom.displayName() + "未列示（第" + printedIn.firstPage() + "、" + missingFrom.firstPage()
                        + "页）", evidence);
    }

    private static void classesMatchSummary(RuleRun run) {
        if (run.doc().table(EXPENDITURE_SUMMARY) != null && !run.doc().table(EXPENDITURE_SUMMARY).isCoded()) {
            return; // a 支出总表 split by use only (江苏: 合计/基本/项目/单位预留机动经费) prints no 类 to compare with
        }
        pairwise(run, INCOME_EXPENDITURE_SUMMARY, EXPENDITURE_SUMMARY, (summary, expenditure) -> {
            if (!expenditure.hasColumn(TOTAL)) {
                run.skip(); // no 合计 column read: nothing to compare with, never a 0
                return;
            }
            classLines(run, "class/", summary, item -> summary.mainColumn(item), expenditure);
        });
        // the 财政拨款收支总表's 一般公共预算 column by 类 against the 一般公共预算 table (北京, 杭州 print no 支出总表 by 类)
        pairwise(run, FISCAL_APPROPRIATION_SUMMARY, GENERAL_BUDGET_EXPENDITURE, (fiscal, general) -> {
            if (fiscal.hasColumn(GENERAL_BUDGET) && general.hasColumn(TOTAL)) {
                classLines(run, "fiscal-class/", fiscal, item -> GENERAL_BUDGET, general);
            }
        });
    }

    /** Each 类 line of a summary's expenditure side against the 类's row in a coded table, where it prints one. */
    private static void classLines(RuleRun run, String location, TableView summary, Function<Row, String> column,
            TableView coded) {
        for (Row item : summary.items(Row.EXPENDITURE_SIDE)) {
            String code = FunctionClasses.codeOf(item.name());
            Row classRow = code == null ? null : coded.classRow(code);
            Figure line = summary.figure(item, column.apply(item));
            if (classRow == null || line.amount() == null) {
                // not printed as a 类 row there (a 支出总表 by 项 only, or by unit): nothing to compare with; a blank
                // line of a template listing every 类 contradicts the table only through its totals (XT-001), once
                continue;
            }
            Comparisons.equal(run, location + code, summary.displayName(), line, coded.figure(classRow, TOTAL));
        }
    }

    /** One application over two readable tables; skipped when either is flagged, nothing when either is absent. */
    private static void pairwise(RuleRun run, String first, String second,
            BiConsumer<TableView, TableView> body) {
        if (run.doc().isUnreadable(first) || run.doc().isUnreadable(second)) {
            run.skip();
            return;
        }
        TableView a = run.doc().table(first);
        TableView b = run.doc().table(second);
        if (a != null && b != null) {
            run.check(() -> body.accept(a, b));
        }
    }

    private static Cell summary(String type, Function<TableView, Row> row) {
        return new Cell(type, table -> table.figureOf(row.apply(table), null));
    }

    private static Cell total(String type, String column) {
        return new Cell(type, table -> table.totalFigure(column));
    }

    private static Cell fiscalExpenditure(String column) {
        return new Cell(FISCAL_APPROPRIATION_SUMMARY,
                table -> table.figureOf(table.currentTotal(Row.EXPENDITURE_SIDE), column));
    }

    /** Whether the table's income side prints a carry-over other than zero. */
    private static boolean carriesOver(TableView table) {
        Figure carryover = table.figureOf(table.carryover(Row.INCOME_SIDE), null);
        return carryover != null && carryover.amount() != null && carryover.amount().decimal().signum() != 0;
    }

    private static Cell incomeItem(String type) {
        return new Cell(type, table -> table.incomeItemFigure(Figures.GENERAL_BUDGET_PREFIXES));
    }
}

package io.budgetwatch.reconcile.rules;

import io.budgetwatch.events.Claim;
import io.budgetwatch.events.ColumnKeys;
import io.budgetwatch.events.Evidence;
import io.budgetwatch.events.Row;
import io.budgetwatch.events.Severity;
import io.budgetwatch.events.Table;
import io.budgetwatch.events.TableTypes;
import io.budgetwatch.reconcile.RuleCategory;
import io.budgetwatch.reconcile.RuleDescription;
import io.budgetwatch.reconcile.document.Figure;
import io.budgetwatch.reconcile.document.Figures;
import io.budgetwatch.reconcile.document.Names;
import io.budgetwatch.reconcile.document.Stated;
import io.budgetwatch.reconcile.document.TableView;
import io.budgetwatch.reconcile.report.Messages;
import io.budgetwatch.reconcile.report.Money;
import io.budgetwatch.reconcile.tolerance.Interval;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** year_over_year: what this year's document says about last year agrees with last year's document. */
final class YearOverYearRules {
    private YearOverYearRules() {
    }

    static List<Rule> rules() {
        return List.of(
                new Rule(new RuleDescription("YOY-001", RuleCategory.YEAR_OVER_YEAR, Severity.WARNING,
                        "有上年公开文件时：表中“上年数”列与上年文件同一表同一行一致；情况说明中本年数减所述增减额与上年文件的同一数字一致，按功能分类逐类、逐项所述的也与上年文件中该类、该项一致（“三公”见 3P-006）。",
                        "上年数被悄悄改写，增减比较就失真；上年数若按调整预算口径，也应在说明中交代。",
                        "部门预算财政拨款“三公”经费支出表：“三公”经费小计（上年数） 33.44 万元 ≠ 上年公开的 部门预算财政拨款“三公”经费支出表 “三公”经费小计 32.44 万元，差额 1.00 万元，超出容差 0.01 万元（第25页）"),
                        YearOverYearRules::priorFiguresMatch),
                new Rule(new RuleDescription("YOY-002", RuleCategory.YEAR_OVER_YEAR, Severity.WARNING,
                        "“三公”各项较上年的变化幅度超过设定比例（默认 ±30%，可配置）；上年为 0 而本年不为 0 也报告。上年数取上年文件，否则取表中上年数列或说明所述变化。",
                        "“三公”大幅变动是监督重点，需要有说明的原因。",
                        "“三公”经费：公务接待费 由上年 0.00 万元 变为 0.84 万元，上年为 0，本年新增（第25页）"),
                        YearOverYearRules::threePublicSwings));
    }

    private static void priorFiguresMatch(RuleRun run) {
        if (run.previous() == null) {
            return;
        }
        Figures lastYear = new Figures(run.previous());
        Claims.forEach(run, NarrativeRules.GENERAL_TOPICS,
                (claim, location) -> ThreePublicRules.claimMatchesLastYear(run, claim, location, lastYear));
        Map<String, Integer> seen = new HashMap<>();
        for (Claim claim : NarrativeRules.yearItems(run)) {
            String location = "last-year/" + NarrativeRules.itemLocation(claim, seen);
            // last year's figures from the tables this year's agrees with: the same scope
            List<String> scopes = NarrativeRules.agreeingLines(run.doc(), claim).stream()
                    .map(f -> f.evidence().table()).toList();
            List<Figure> published = NarrativeRules.lineFigures(run.previous(), claim).stream()
                    .filter(f -> scopes.contains(f.evidence().table()) && f.amount() != null)
                    .map(f -> new Figure(f.amount(), "上年公开的 " + f.label(), f.evidence())).toList();
            NarrativeRules.impliedPriorMatches(run, location, claim, null, published);
        }
        for (Table table : run.doc().parsed().tables()) {
            TableView previousTable = run.previous().table(table.type());
            if (previousTable == null || run.doc().table(table.type()) == null) {
                continue;
            }
            TableView current = run.doc().table(table.type());
            if (current.hasColumn(ColumnKeys.PREVIOUS_YEAR)) {
                run.check(() -> previousYearColumnMatches(run, current, previousTable));
            }
        }
    }

    private static void previousYearColumnMatches(RuleRun run, TableView current, TableView previous) {
        for (Row row : current.rows()) {
            if (current.amount(row, ColumnKeys.PREVIOUS_YEAR) == null) {
                continue;
            }
            Row published = row.code() != null ? previous.row(row.code())
                    : previous.first(r -> BalanceRules.rowKey(r).equals(BalanceRules.rowKey(row)));
            if (published != null) {
                Figure lastYear = previous.figure(published, previous.mainColumn(published));
                Comparisons.equal(run, "previous-year/" + current.type() + "/" + BalanceRules.rowKey(row),
                        current.displayName(), current.figure(row, ColumnKeys.PREVIOUS_YEAR),
                        new Figure(lastYear.amount(), "上年公开的 " + previous.displayName() + " " + lastYear.label(),
                                lastYear.evidence()));
            }
        }
    }

    private static void threePublicSwings(RuleRun run) {
        Figures figures = run.figures();
        Stated stated = new Stated(run.doc());
        Figures lastYear = run.previous() == null ? null : new Figures(run.previous());
        for (String topic : Figures.THREE_PUBLIC) {
            Figure current = figures.best(topic);
            Interval prior = prior(run, topic, current, stated, lastYear);
            if (current == null || current.amount() == null || prior == null) {
                continue;
            }
            run.check(() -> swing(run, topic, current, prior.midpoint()));
        }
    }

    /** Last year's figure: last year's document, else this year's 上年数 column, else this year minus the stated change. */
    private static Interval prior(RuleRun run, String topic, Figure current, Stated stated, Figures lastYear) {
        Figure published = lastYear == null ? null : lastYear.best(topic);
        if (published != null) {
            return Interval.of(published.amount());
        }
        TableView table = run.doc().table(TableTypes.THREE_PUBLIC_EXPENDITURE);
        Row row = table == null ? null : table.row(topic);
        if (row != null && table.amount(row, ColumnKeys.PREVIOUS_YEAR) != null) {
            return Interval.of(table.amount(row, ColumnKeys.PREVIOUS_YEAR));
        }
        Interval delta = stated.delta(topic);
        return delta == null || current == null ? null : Interval.of(current.amount()).minus(delta);
    }

    private static void swing(RuleRun run, String topic, Figure current, BigDecimal prior) {
        BigDecimal now = current.amount().toYuan();
        BigDecimal change = now.subtract(prior);
        boolean fromNothing = prior.signum() == 0 && now.signum() != 0;
        if (!fromNothing && change.abs().compareTo(run.settings().threePublicSwingRatio().multiply(prior.abs())) <= 0) {
            return;
        }
        String unit = current.amount().unit();
        String swing = fromNothing ? "上年为 0，本年新增"
                : "变化 " + Messages.percent(change.divide(prior, MathContext.DECIMAL64)) + "，超过设定的 ±"
                        + Messages.percent(run.settings().threePublicSwingRatio());
        List<Evidence> evidence = List.of(current.evidence());
        run.report("swing:" + topic, "“三公”经费：" + Names.figure(topic) + " 由上年 " + Money.format(prior, unit, 2)
                + " 变为 " + Money.format(now, unit, 2) + "，" + swing + Messages.pages(evidence), evidence);
    }
}

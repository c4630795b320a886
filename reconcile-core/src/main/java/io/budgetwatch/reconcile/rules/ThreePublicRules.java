package io.budgetwatch.reconcile.rules;

import static io.budgetwatch.events.KeyFigureNames.THREE_PUBLIC_OVERSEAS;
import static io.budgetwatch.events.KeyFigureNames.THREE_PUBLIC_RECEPTION;
import static io.budgetwatch.events.KeyFigureNames.THREE_PUBLIC_TOTAL;
import static io.budgetwatch.events.KeyFigureNames.THREE_PUBLIC_VEHICLE_OPERATION;
import static io.budgetwatch.events.KeyFigureNames.THREE_PUBLIC_VEHICLE_PURCHASE;
import static io.budgetwatch.events.KeyFigureNames.THREE_PUBLIC_VEHICLE_TOTAL;

import io.budgetwatch.events.Claim;
import io.budgetwatch.events.ColumnKeys;
import io.budgetwatch.events.Evidence;
import io.budgetwatch.events.Row;
import io.budgetwatch.events.RowNames;
import io.budgetwatch.events.Severity;
import io.budgetwatch.events.TableTypes;
import io.budgetwatch.reconcile.Ordered;
import io.budgetwatch.reconcile.RuleCategory;
import io.budgetwatch.reconcile.RuleDescription;
import io.budgetwatch.reconcile.document.Figure;
import io.budgetwatch.reconcile.document.Figures;
import io.budgetwatch.reconcile.document.Names;
import io.budgetwatch.reconcile.document.StatedChange;
import io.budgetwatch.reconcile.document.TableView;
import io.budgetwatch.reconcile.report.Messages;
import io.budgetwatch.reconcile.report.Money;
import io.budgetwatch.reconcile.tolerance.Interval;
import io.budgetwatch.reconcile.tolerance.Tolerance;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** three_public: the “三公” table adds up, matches the text, the basic-expenditure lines and last year. */
final class ThreePublicRules {
    private static final String TABLE = TableTypes.THREE_PUBLIC_EXPENDITURE;
    /** “三公” items and the economic line of the 基本支出表 that pays the basic-expenditure share of each. */
    private static final Map<String, String> ECONOMIC_LINES = Ordered.map(Map.entry(THREE_PUBLIC_RECEPTION, "30217"),
            Map.entry(THREE_PUBLIC_VEHICLE_OPERATION, "30231"), Map.entry(THREE_PUBLIC_OVERSEAS, "30212"),
            Map.entry(THREE_PUBLIC_VEHICLE_PURCHASE, "31013"));
    /** Project names that rent cars (公务用车租赁费, 租车费, 车辆租赁…): 租用费 belongs to 公务用车运行维护费. */
    private static final Pattern CAR_RENTAL = Pattern.compile("(公务用?车|公车|车辆).*(租赁|租用)|租车|租赁.*(公务用?车|车辆)");
    private static final List<String> PROJECT_TABLES = List.of(TableTypes.PROJECT_EXPENDITURE,
            TableTypes.PERFORMANCE_TARGETS, TableTypes.PROCUREMENT);

    private ThreePublicRules() {
    }

    static List<Rule> rules() {
        return List.of(
                new Rule(new RuleDescription("3P-001", RuleCategory.THREE_PUBLIC, Severity.CRITICAL,
                        "“三公”经费表：合计 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费（每一金额列，含上年数）。",
                        "“三公”合计是监督的头号数字，必须与分项一致。",
                        "部门预算财政拨款“三公”经费支出表：“三公”经费小计 29.74 万元 ≠ 因公出国（境）费 + 公务用车购置及运维费 + 公务接待费 之和 29.64 万元，差额 0.10 万元，超出容差 0.015 万元（第25页）"),
                        run -> run.onTable(TABLE, table -> itemsAddUp(run, table, THREE_PUBLIC_TOTAL))),
                new Rule(new RuleDescription("3P-002", RuleCategory.THREE_PUBLIC, Severity.CRITICAL,
                        "“三公”经费表：公务用车购置及运行维护费 = 公务用车购置费 + 公务用车运行维护费。",
                        "车辆购置与运行是“三公”中最常见的调整对象。",
                        "部门预算财政拨款“三公”经费支出表：公务用车购置及运维费 28.08 万元 ≠ 公务用车购置费 + 公务用车运行维护费 之和 28.80 万元，差额 -0.72 万元，超出容差 0.01 万元（第25页）"),
                        run -> run.onTable(TABLE, table -> itemsAddUp(run, table, THREE_PUBLIC_VEHICLE_TOTAL))),
                new Rule(new RuleDescription("3P-003", RuleCategory.THREE_PUBLIC, Severity.CRITICAL,
                        "情况说明中的每个“三公”数字 = “三公”经费表中的同一项（元/万元按舍入区间比较）。",
                        "文字说明与表格不一致时，公众不知道哪个数是真的。",
                        "情况说明：公务接待费 0.94 万元 ≠ 财政拨款“三公”经费支出表 公务接待费 0.84 万元，差额 0.10 万元，超出容差 0.01 万元（第25、29页）"),
                        ThreePublicRules::textMatchesTable),
                new Rule(new RuleDescription("3P-004", RuleCategory.THREE_PUBLIC, Severity.CRITICAL,
                        "“三公”各项不少于基本支出表中对应的经济科目：公务接待费 ≥ 30217，公务用车运行维护费 ≥ 30231，因公出国（境）费 ≥ 30212，公务用车购置费 ≥ 31013。",
                        "“三公”口径涵盖全部资金，可以大于基本支出中的对应科目，但绝不能更少；更少意味着“三公”被少报。",
                        "部门预算财政拨款“三公”经费支出表：公务用车运行维护费 20.00 万元 < 一般公共预算财政拨款基本支出表 30231 公务用车运行维护费（合计） 28.80 万元，差额 -8.80 万元，超出容差 0.01 万元（第22、25页）"),
                        ThreePublicRules::coversBasicLines),
                new Rule(new RuleDescription("3P-005", RuleCategory.THREE_PUBLIC, Severity.CRITICAL,
                        "情况说明对“三公”较上年变化的数字自洽：表中有上年数时，本年 − 上年 = 所述增减额（增减率由 3P-009、措辞与数额不符由 3P-008 报告）。",
                        "“三公”的增减及原因是必须公开的内容，说法前后矛盾会误导公众。",
                        "情况说明：“三公”经费合计 所述较上年变化 -2.8 万元 ≠ 表列本年数 − 上年数 -3.8 万元，差额 1.0 万元，超出容差 0.06 万元（第25、29页）"),
                        ThreePublicRules::changeIsConsistent),
                new Rule(new RuleDescription("3P-006", RuleCategory.THREE_PUBLIC, Severity.CRITICAL,
                        "有上年公开文件时：本年数减去情况说明所述变化，应等于上年公开的同一“三公”数字。",
                        "用本年的说法“改写”上年数字，是掩盖增长的常见方式。",
                        "情况说明：上年公开的 “三公”经费合计 35.00 万元 ≠ 本年数减所述变化（减少 2.8 万元）推算的上年数 32.44 万元，差额 2.56 万元，超出容差 0.06 万元（第29页）"),
                        ThreePublicRules::changeMatchesLastYear),
                new Rule(new RuleDescription("3P-007", RuleCategory.THREE_PUBLIC, Severity.WARNING,
                        "项目中列有公务用车租赁等租车费用，而“三公”公务用车费用不超过基本支出表 30231 + 31013：租车费可能未计入“三公”。",
                        "按名词解释，公务用车运行维护费包括租用费；项目资金租车却不计入“三公”，是少报“三公”的典型方式。",
                        "部门预算财政拨款“三公”经费支出表：“三公”经费小计 9.80 万元，但项目中另有公务用车租赁 8.76 万元（公务用车租赁经费 4.38 万元、公务用车租赁经费 4.38 万元），而公务用车购置及运维费 8.80 万元未超过基本支出对应科目 8.80 万元；含租车费应不少于 18.56 万元（第19页）"),
                        ThreePublicRules::carRentalOutside),
                new Rule(new RuleDescription("3P-008", RuleCategory.THREE_PUBLIC, Severity.INFO,
                        "情况说明“三公”较上年变化的措辞与数额相符：增加/减少不配 0 或负数，持平不配非零数。",
                        "“增加 0.00 万元”是措辞问题，不是数字错误：提示即可。",
                        "情况说明：公务用车购置费较上年“增加 0.00 万元”，增减措辞与数额不符（第13页）"),
                        ThreePublicRules::directionWording),
                new Rule(new RuleDescription("3P-009", RuleCategory.THREE_PUBLIC, Severity.WARNING,
                        "情况说明“三公”所述增减率 = 所述增减额 / 上年数（上年数 = 本年数 − 增减额；区间运算，容差为所印位数的半个单位）。",
                        "增减率是由两个数算出来的第三个数：算错了值得纠正，但不是两个互相矛盾的印刷金额，故为警告。",
                        "情况说明：“三公”经费合计所述增减率 83.33% ≠ 增减额 / 上年数 500%（容差为所印位数的半个单位）（第19页）"),
                        ThreePublicRules::rateIsConsistent));
    }

    private static void itemsAddUp(RuleRun run, TableView table, String totalTopic) {
        Row total = table.row(totalTopic);
        if (total == null) {
            return;
        }
        for (String column : table.moneyColumns()) {
            Comparisons.sum(run, TABLE + "/" + totalTopic + "/" + column, table.displayName(),
                    table.figure(total, column), parts(table, totalTopic, column));
        }
    }

    /**
     * The cells of a total's parts. A subtotal left blank over parts that are printed (北京: the 公务用车 小计 empty
     * beside its 购置费 18.69 and 运行维护费 4.83) is those parts, not 0: a blank is no second number.
     */
    private static List<Figure> parts(TableView table, String totalTopic, String column) {
        List<Figure> figures = new ArrayList<>();
        for (String part : Figures.COMPOSITIONS.get(totalTopic)) {
            Figure figure = item(table, part, column);
            List<Figure> printed = figure.amount() != null ? List.of() : Figures.COMPOSITIONS
                    .getOrDefault(part, List.of()).stream().map(p -> item(table, p, column)).toList();
            if (printed.stream().anyMatch(f -> f.amount() != null)) {
                figures.addAll(printed);
            } else {
                figures.add(figure);
            }
        }
        return figures;
    }

    /** An item's cell; an item the table does not print is a blank (0). */
    private static Figure item(TableView table, String topic, String column) {
        Row row = table.row(topic);
        if (row != null) {
            return table.figure(row, column);
        }
        return new Figure(null, Names.figure(topic), new Evidence(TABLE, table.firstPage(), topic, column, null));
    }

    private static Figure main(TableView table, String topic) {
        Row row = table.row(topic);
        return item(table, topic, row == null ? ColumnKeys.AMOUNT : table.mainColumn(row));
    }

    private static void textMatchesTable(RuleRun run) {
        forEachClaim(run, (claim, location) -> {
            if (claim.value() == null) {
                return;
            }
            run.onTable(TABLE, table -> Comparisons.statedEqual(run, location, "情况说明", Figures.stated(claim),
                    main(table, claim.topic())));
        });
    }

    private static void coversBasicLines(RuleRun run) {
        TableView basic = run.doc().table(TableTypes.GENERAL_BUDGET_BASIC_EXPENDITURE);
        if (run.doc().isUnreadable(TableTypes.GENERAL_BUDGET_BASIC_EXPENDITURE)) {
            run.skip();
            return;
        }
        if (basic == null) {
            return;
        }
        run.onTable(TABLE, table -> ECONOMIC_LINES.forEach((topic, code) -> {
            Row line = basic.row(code);
            if (line != null) {
                Comparisons.atLeast(run, TABLE + "/" + topic + "/" + code, table.displayName(), main(table, topic),
                        basic.figure(line, ColumnKeys.TOTAL));
            }
        }));
    }

    /** 增加 0.00 万元, 减少 a negative amount: the wording is odd, the numbers may well be right. */
    private static void directionWording(RuleRun run) {
        forEachStatedChange(run, (claim, location, change) -> {
            if (change.directionContradicted()) {
                run.report(location + "/direction", "情况说明：" + Names.figure(claim.topic()) + "较上年“"
                        + change.wording() + "”，增减措辞与数额不符" + Messages.pages(List.of(Figures.evidence(claim))),
                        List.of(Figures.evidence(claim)));
            }
        });
    }

    private static void rateIsConsistent(RuleRun run) {
        forEachStatedChange(run, (claim, location, change) -> percentMatches(run, claim, location, change));
    }

    private interface StatedChangeCheck {
        void accept(Claim claim, String location, StatedChange change);
    }

    /** One application per 三公 claim that states a change. */
    private static void forEachStatedChange(RuleRun run, StatedChangeCheck check) {
        forEachClaim(run, (claim, location) -> {
            StatedChange change = new StatedChange(claim);
            if (change.stated()) {
                run.check(() -> check.accept(claim, location, change));
            }
        });
    }

    private static void changeIsConsistent(RuleRun run) {
        forEachStatedChange(run, (claim, location, change) -> {
            TableView table = run.doc().table(TABLE);
            Row row = table == null ? null : table.row(claim.topic());
            if (row != null && table.amount(row, ColumnKeys.PREVIOUS_YEAR) != null) {
                Figure current = main(table, claim.topic());
                Figure prior = table.figure(row, ColumnKeys.PREVIOUS_YEAR);
                Tolerance.Check check = Tolerance.compare(change.signedDelta(),
                        Interval.of(current.amount()).minus(Interval.of(prior.amount())));
                if (!check.consistent()) {
                    List<Evidence> evidence = List.of(Figures.evidence(claim), current.evidence());
                    run.report(location + "/previous-year", Messages.mismatch("情况说明",
                            Names.figure(claim.topic()) + " 所述较上年变化", "≠", "表列本年数 − 上年数", check,
                            claim.unit(), claim.deltaAmount() == null ? 2 : claim.deltaAmount().decimals(),
                            evidence), check, evidence);
                }
            }
        });
    }

    /** A stated 增减率 equals the stated change over last year's figure (this year's minus the change). */
    static void percentMatches(RuleRun run, Claim claim, String location, StatedChange change) {
        Figure current = claim.value() != null ? Figures.stated(claim) : run.figures().best(claim.topic());
        if (claim.percent() == null || change.signedDelta() == null || current == null) {
            return;
        }
        Interval prior = change.impliedPrior(Interval.of(current.amount()));
        if (prior.containsZero()) {
            return;
        }
        Interval rate = change.signedDelta().dividedBy(prior);
        Interval stated = Interval.ofPercent(claim.percent());
        if (stated.midpoint().signum() > 0 && rate.midpoint().signum() < 0) {
            stated = stated.negate(); // 减少 10% is printed without a sign
        }
        if (!stated.meets(rate)) {
            run.report(location + "/percent", "情况说明：" + Figures.label(claim) + "所述增减率 "
                    + claim.percent() + "% ≠ 增减额 / 上年数 " + Messages.ratio(change.signedDelta(), prior) + "（容差为所印位数的半个单位）"
                    + Messages.pages(List.of(Figures.evidence(claim))), List.of(Figures.evidence(claim)));
        }
    }

    private static void changeMatchesLastYear(RuleRun run) {
        if (run.previous() == null) {
            return;
        }
        Figures lastYear = new Figures(run.previous());
        forEachClaim(run, (claim, location) -> claimMatchesLastYear(run, claim, location, lastYear));
    }

    /** This year's figure minus the stated change must be last year's published figure. */
    static void claimMatchesLastYear(RuleRun run, Claim claim, String location, Figures lastYear) {
        StatedChange change = new StatedChange(claim);
        Figure current = claim.value() != null ? Figures.stated(claim) : run.figures().best(claim.topic());
        Figure published = lastYear.best(claim.topic());
        if (!change.stated() || current == null || published == null) {
            return;
        }
        run.check(() -> {
            Tolerance.Check check = Tolerance.compare(Interval.of(published.amount()),
                    change.impliedPrior(Interval.of(current.amount())));
            if (!check.consistent()) {
                List<Evidence> evidence = List.of(Figures.evidence(claim), published.evidence());
                String unit = published.amount() == null ? claim.unit() : published.amount().unit();
                run.report(location + "/last-year", Messages.mismatch("情况说明",
                        "上年公开的 " + Names.figure(claim.topic()), "≠",
                        "本年数减所述变化（" + change.wording() + "）推算的上年数", check, unit, 2,
                        List.of(Figures.evidence(claim))), check, evidence);
            }
        });
    }

    private static void carRentalOutside(RuleRun run) {
        List<Figure> rentals = PROJECT_TABLES.stream().flatMap(type -> run.doc().tables(type).stream())
                .filter(t -> !rentals(t).isEmpty()).findFirst()
                .map(ThreePublicRules::rentals).orElseGet(() -> projectRentals(run));
        TableView basic = run.doc().table(TableTypes.GENERAL_BUDGET_BASIC_EXPENDITURE);
        if (rentals.isEmpty() || basic == null) {
            return;
        }
        run.onTable(TABLE, table -> {
            Figure vehicles = main(table, THREE_PUBLIC_VEHICLE_TOTAL);
            List<Figure> basicLines = List.of(THREE_PUBLIC_VEHICLE_OPERATION, THREE_PUBLIC_VEHICLE_PURCHASE).stream()
                    .map(ECONOMIC_LINES::get).map(basic::row).filter(r -> r != null)
                    .map(r -> basic.figure(r, ColumnKeys.TOTAL)).toList();
            if (Tolerance.sum(vehicles.amount(), basicLines.stream().map(Figure::amount).toList()).exceeds()) {
                return; // the 三公 car figure already carries more than basic expenditure: rentals may be in it
            }
            Figure total = main(table, THREE_PUBLIC_TOTAL);
            List<Figure> withRentals = new ArrayList<>(rentals);
            withRentals.add(total);
            Tolerance.Check check = Tolerance.sum(total.amount(), withRentals.stream().map(Figure::amount).toList());
            String unit = total.amount() == null ? table.table().unit() : total.amount().unit();
            Interval rentalSum = rentals.stream().map(f -> Interval.of(f.amount())).reduce(Interval.ZERO,
                    Interval::plus);
            List<Evidence> evidence = new ArrayList<>(List.of(total.evidence(), vehicles.evidence()));
            rentals.forEach(r -> evidence.add(r.evidence()));
            String message = table.displayName() + "：" + total.label() + " " + money(check.actual(), unit)
                    + "，但项目中另有公务用车租赁 " + money(rentalSum.midpoint(), unit) + "（"
                    + rentals.stream().map(r -> r.label() + " " + money(Interval.of(r.amount()).midpoint(), unit))
                            .collect(Collectors.joining("、"))
                    + "），而" + vehicles.label() + " " + money(Interval.of(vehicles.amount()).midpoint(), unit)
                    + "未超过基本支出对应科目 " + money(basicLines.stream().map(f -> Interval.of(f.amount()))
                            .reduce(Interval.ZERO, Interval::plus).midpoint(), unit)
                    + "；含租车费应不少于 " + money(check.expected(), unit) + Messages.pages(evidence);
            run.report(TABLE + "/car-rental", message, check, evidence);
        });
    }

    private static String money(BigDecimal yuan, String unit) {
        return Money.format(yuan, unit, 2);
    }

    /**
     * Car-rental projects that have a 绩效目标表 of their own (3、公务用车租赁经费绩效目标表): the title names the
     * project, its one money amount (the 成本指标, ≤4.38万元) its budget.
     */
    private static List<Figure> projectRentals(RuleRun run) {
        List<Figure> rentals = new ArrayList<>();
        for (TableView table : run.doc().tables(TableTypes.PERFORMANCE_TARGETS)) {
            String title = RowNames.normalise(table.displayName());
            if (!CAR_RENTAL.matcher(title).find()) {
                continue;
            }
            table.rows().stream().flatMap(r -> table.moneyColumns().stream().map(c -> table.figure(r, c)))
                    .filter(f -> f.amount() != null).findFirst()
                    .ifPresent(f -> rentals.add(new Figure(f.amount(), title, f.evidence())));
        }
        return rentals;
    }

    /** Rows of a project-level table that rent cars, with their first printed amount. */
    private static List<Figure> rentals(TableView table) {
        List<Figure> rentals = new ArrayList<>();
        for (Row row : table.rows()) {
            if (row.name() == null || !CAR_RENTAL.matcher(RowNames.normalise(row.name())).find()) {
                continue;
            }
            table.moneyColumns().stream().map(c -> table.figure(row, c)).filter(f -> f.amount() != null)
                    .findFirst().ifPresent(f -> rentals.add(new Figure(f.amount(), RowNames.normalise(row.name()),
                            f.evidence())));
        }
        return rentals;
    }

    private static void forEachClaim(RuleRun run, Claims.ClaimCheck check) {
        Claims.forEach(run, Figures.THREE_PUBLIC, check);
    }
}

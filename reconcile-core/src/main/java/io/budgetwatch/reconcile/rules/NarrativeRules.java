package io.budgetwatch.reconcile.rules;

import io.budgetwatch.events.Amount;
import io.budgetwatch.events.Claim;
import io.budgetwatch.events.DisclosureKind;
import io.budgetwatch.events.Evidence;
import io.budgetwatch.events.KeyFigureNames;
import io.budgetwatch.events.Row;
import io.budgetwatch.events.RowNames;
import io.budgetwatch.events.Severity;
import io.budgetwatch.events.TableTypes;
import io.budgetwatch.reconcile.RuleCategory;
import io.budgetwatch.reconcile.RuleDescription;
import io.budgetwatch.reconcile.document.CodeHierarchy;
import io.budgetwatch.reconcile.document.DocumentView;
import io.budgetwatch.reconcile.document.Figure;
import io.budgetwatch.reconcile.document.Figures;
import io.budgetwatch.reconcile.document.FunctionClasses;
import io.budgetwatch.reconcile.document.Names;
import io.budgetwatch.reconcile.document.Stated;
import io.budgetwatch.reconcile.document.StatedChange;
import io.budgetwatch.reconcile.document.TableView;
import io.budgetwatch.reconcile.report.Messages;
import io.budgetwatch.reconcile.tolerance.Interval;
import io.budgetwatch.reconcile.tolerance.Tolerance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/** narrative: what the explanatory text states agrees with the tables and with itself. */
final class NarrativeRules {
    /** Key figures other than the “三公” items, which {@link ThreePublicRules} checks against their own table. */
    static final List<String> GENERAL_TOPICS = KeyFigureNames.ALL.stream()
            .filter(t -> !Figures.THREE_PUBLIC.contains(t)).toList();

    private NarrativeRules() {
    }

    static List<Rule> rules() {
        return List.of(
                new Rule(new RuleDescription("TXT-001", RuleCategory.NARRATIVE, Severity.CRITICAL,
                        "情况说明中的每个金额（收入总计、支出总计、基本支出、项目支出、人员经费、公用经费、一般公共预算拨款、上年结转、机关运行经费…）= 表中同一数字（元/万元按舍入区间比较）。",
                        "公众读的是文字；文字与表不符，公开就失去可信度。",
                        "情况说明：基本支出 5827.97 万元 ≠ 支出总表 合计（基本支出） 5827.79 万元，差额 0.18 万元，超出容差 0.01 万元（第11、29页）"),
                        NarrativeRules::amountsMatchTables),
                new Rule(new RuleDescription("TXT-002", RuleCategory.NARRATIVE, Severity.WARNING,
                        "情况说明中的百分比（含按功能分类科目逐项所述的增长率）：占比 = 该数 / 总数；增长率 = 增减额 / 上年数（上年数 = 本年数 − 增减额）。用区间运算，容差为所印位数的半个单位。",
                        "百分比常被手工计算或为凑足 100% 而调整，错误会误导对结构和增长的判断。",
                        "情况说明：基本支出占比 1.55% ≠ 基本支出 / 支出总计 1.5449%（容差为所印位数的半个单位）"),
                        NarrativeRules::percentagesMatch),
                new Rule(new RuleDescription("TXT-003", RuleCategory.NARRATIVE, Severity.CRITICAL,
                        "情况说明中陈述的总数 = 其陈述的各部分之和（三公 = 出国 + 车 + 接待，收入 = 本年收入 + 上年结转…），总的增减额 = 各部分增减额之和；支出总计（另含单位预留机动经费、经营支出等）和基本支出（人员、公用经费按财政拨款口径陈述）不得少于所述部分之和，其增减额仅在所述部分恰好构成总数时核对。",
                        "总数与分项的增减说法对不上，说明“增减原因”的解释不成立。",
                        "情况说明：支出总计 所述较上年变化 4606.21 万元 ≠ 各部分所述变化之和 4616.21 万元，差额 -10.00 万元，超出容差 0.06 万元"),
                        NarrativeRules::totalsMatchParts),
                new Rule(new RuleDescription("TXT-004", RuleCategory.NARRATIVE, Severity.CRITICAL,
                        "情况说明按功能分类科目逐项所述的金额（某某（款）某某（项）支出…万元；某某支出（类）…万元）= 一般公共预算支出表或支出总表中该款下同名项（或该类）的金额（合计；元/万元按舍入区间比较；与两表之一相符即可，两表都没有该行时不适用；经济分类的类不比较）。决算核对逐项说明中的支出决算数（年初预算为…，支出决算为…），不核对年初预算。",
                        "逐项说明告诉公众钱花在了哪一项；说明与表不符，逐项解释就不可信。",
                        "情况说明：人大事务/行政运行 7448.20 万元 ≠ 一般公共预算支出表 2010101 行政运行 7448.02 万元，差额 0.18 万元，超出容差 0.005 万元（第12、20页）"),
                        NarrativeRules::itemsMatchTables),
                new Rule(new RuleDescription("TXT-005", RuleCategory.NARRATIVE, Severity.WARNING,
                        "情况说明两次陈述同一数字（同一项目、同一金额，如总述与分述）时，所述较上年的变化也相同（区间运算，容差为所印位数的半个单位）。",
                        "同一个数字配两种增减说法，至少一处写错；公众无从判断哪个是真的。",
                        "情况说明：支出总计 18330.37 万元两次陈述的较上年变化不一：增加 2432.93 万元、增加 2423.93 万元（第9、10页）"),
                        NarrativeRules::restatedChangesAgree),
                new Rule(new RuleDescription("TXT-008", RuleCategory.NARRATIVE, Severity.WARNING,
                        "表中列有上年数（上年预算数/上年执行数）时：情况说明所述金额减所述较上年增减额 = 表中同一行的上年数（含按功能分类科目逐项所述；区间运算，容差为所印位数的半个单位）。“三公”见 3P-005。",
                        "所述增减若与表中的上年数对不上，说明文字用的“上年”与表不是同一个口径，或增减额算错；表中上年数有预算数、执行数之分，故为警告。",
                        "情况说明：支出总计 18330.37 万元、较上年增加 2432.93 万元，所指上年数 15897.44 万元 ≠ 收支总表 支出总计（上年预算数） 15907.44 万元，差额 -10.00 万元，超出容差 0.015 万元"),
                        NarrativeRules::changesMatchPriorColumn));
    }

    /** The year before a stated change implies, against the 上年 column of the row the figure is printed in. */
    private static void changesMatchPriorColumn(RuleRun run) {
        Figures figures = run.figures();
        Claims.forEach(run, GENERAL_TOPICS, (claim, location) -> {
            Figure current = figures.inTables(claim.topic());
            Figure prior = figures.priorYear(current);
            impliedPriorMatches(run, location, claim, current, prior == null ? List.of() : List.of(prior));
        });
        Map<String, Integer> seen = new HashMap<>();
        for (Claim claim : yearItems(run)) {
            List<Figure> priors = agreeingLines(run.doc(), claim).stream().map(figures::priorYear)
                    .filter(Objects::nonNull).toList();
            impliedPriorMatches(run, itemLocation(claim, seen), claim, null, priors);
        }
    }

    /**
     * This year's figure (as stated, else as printed: {@code current}) minus the stated change must be one of
     * {@code priors}, the year before as printed in the tables (this year's 上年 column, or last year's document)
     * that state the line in the claim's scope; a mismatch is reported against the first.
     */
    static void impliedPriorMatches(RuleRun run, String location, Claim claim, Figure current, List<Figure> priors) {
        StatedChange change = new StatedChange(claim);
        Amount now = claim.value() != null ? claim.valueAmount() : current == null ? null : current.amount();
        if (priors.isEmpty() || change.signedDelta() == null || now == null) {
            return;
        }
        Interval implied = change.impliedPrior(Interval.of(now));
        run.check(() -> {
            if (priors.stream().anyMatch(p -> Tolerance.compare(implied, Interval.of(p.amount())).consistent())) {
                return;
            }
            Figure prior = priors.get(0);
            Tolerance.Check check = Tolerance.compare(implied, Interval.of(prior.amount()));
            List<Evidence> evidence = List.of(Figures.evidence(claim), prior.evidence());
            String stated = Figures.label(claim) + (claim.value() == null ? "" : " " + claim.value() + " "
                    + claim.unit()) + "、较上年" + change.wording() + "，所指上年数";
            run.report(location + "/prior-column", Messages.mismatch("情况说明", stated, "≠",
                    Comparisons.qualified(prior, Figures.stated(claim)), check, claim.unit(), 2, evidence), check,
                    evidence);
        });
    }

    /** Each pair of statements of one figure at one amount, in order: their stated changes must agree. */
    private static void restatedChangesAgree(RuleRun run) {
        List<Claim> changed = new ArrayList<>(run.doc().claims());
        changed.addAll(run.doc().itemClaims(Claim.ITEM, Claim.CLASS));
        Map<String, List<Claim>> byFigure = new LinkedHashMap<>();
        for (Claim claim : changed) {
            if (claim.value() != null && new StatedChange(claim).signedDelta() != null) {
                String figure = claim.topic() + "/" + (Claim.CLASSIFICATION_ITEM.equals(claim.topic())
                        ? claim.subject() : "");
                byFigure.computeIfAbsent(figure, f -> new ArrayList<>()).add(claim);
            }
        }
        byFigure.forEach((figure, claims) -> {
            Claim first = claims.get(0);
            for (int i = 1; i < claims.size(); i++) {
                Claim again = claims.get(i);
                if (!Tolerance.same(first.valueAmount(), again.valueAmount()).consistent()
                        || first.sentence().equals(again.sentence())) {
                    continue;
                }
                StatedChange before = new StatedChange(first);
                StatedChange now = new StatedChange(again);
                String location = "restated:" + figure + "#" + i;
                run.check(() -> {
                    if (!before.signedDelta().meets(now.signedDelta())) {
                        List<Evidence> evidence = List.of(Figures.evidence(first), Figures.evidence(again));
                        run.report(location, "情况说明：" + Figures.label(first) + " " + first.value() + " "
                                + first.unit() + "两次陈述的较上年变化不一：" + before.wording() + "、" + now.wording()
                                + Messages.pages(evidence), evidence);
                    }
                });
            }
        });
    }

    /**
     * Where a 类 or 项 the text names is printed: the 一般公共预算 table first, else the 支出总表; a 类 also on the
     * 收支总表's expenditure side (江苏 states the 类 of all funds, as that side prints them).
     */
    private static final List<String> ITEM_TABLES = List.of(TableTypes.GENERAL_BUDGET_EXPENDITURE,
            TableTypes.EXPENDITURE_SUMMARY, TableTypes.INCOME_EXPENDITURE_SUMMARY);

    private static void itemsMatchTables(RuleRun run) {
        Map<String, Integer> seen = new HashMap<>();
        for (Claim claim : yearItems(run)) {
            if (claim.value() == null) {
                continue;
            }
            List<Figure> printed = lineFigures(run.doc(), claim);
            Figure stated = Figures.stated(claim);
            String location = itemLocation(claim, seen);
            boolean inOne = printed.stream().anyMatch(agrees(claim));
            // the line may be printed, as stated, in a table the reader could not vouch for (CMP-002 reports it)
            if (printed.isEmpty() || !inOne && ITEM_TABLES.stream().anyMatch(run.doc()::isUnreadable)) {
                run.skip();
                continue;
            }
            run.check(() -> {
                if (!inOne) {
                    Comparisons.statedEqual(run, location, "情况说明", stated, printed.get(0));
                }
            });
        }
    }

    /** The figures of the line a 类 or 项 claim names, in each table of {@link #ITEM_TABLES} that prints it. */
    static List<Figure> lineFigures(DocumentView doc, Claim claim) {
        List<Figure> printed = new ArrayList<>();
        for (String type : ITEM_TABLES) {
            TableView table = doc.table(type);
            Row row = table == null ? null : lineRow(table, claim);
            if (row != null) {
                printed.add(table.figureOf(row, null));
            }
        }
        return printed;
    }

    /**
     * The printed figures of the line a claim names that its stated amount agrees with: the tables that state the
     * line in the claim's scope (江苏 states its 类 of all funds, as the 收支总表 prints them, not the 一般公共预算's).
     */
    static List<Figure> agreeingLines(DocumentView doc, Claim claim) {
        return claim.value() == null ? List.of() : lineFigures(doc, claim).stream().filter(agrees(claim)).toList();
    }

    /** A printed figure the claim's stated amount agrees with, within rounding. */
    private static Predicate<Figure> agrees(Claim claim) {
        return f -> Tolerance.same(claim.valueAmount(), f.amount()).consistent();
    }

    /**
     * The 类 and 项 figures of the year the text states: in a 决算 the 决算数 of its item-by-item explanation, not the
     * 项 statements, whose amount may be the 年初预算 the explanation compares it with.
     */
    static List<Claim> yearItems(RuleRun run) {
        return run.doc().parsed().kind() == DisclosureKind.FINAL_ACCOUNT
                ? run.doc().itemClaims(Claim.CLASS, Claim.FINAL) : run.doc().itemClaims(Claim.CLASS, Claim.ITEM);
    }

    /** The row of the 类 or 项 a claim names; an economic 类 (工资福利支出) names no row of these tables. */
    private static Row lineRow(TableView table, Claim claim) {
        if (Claim.CLASS.equals(claim.qualifier())) {
            String code = FunctionClasses.codeOf(claim.subject());
            return code == null ? null : table.classRow(code);
        }
        return TableTypes.INCOME_EXPENDITURE_SUMMARY.equals(table.type()) ? null : itemRow(table, claim.subject());
    }

    /**
     * The 项 row named last in {@code subject} (类/款/项 names) among the children of the 款 row it names: 行政运行
     * recurs under every 款, so the name alone does not say which.
     */
    private static Row itemRow(TableView table, String subject) {
        String[] names = subject.split("/");
        String item = names[names.length - 1];
        String section = names[names.length - 2];
        CodeHierarchy hierarchy = table.hierarchy();
        return hierarchy.parents().stream().filter(parent -> !bare(parent.name()).isEmpty()
                && section.endsWith(bare(parent.name())))
                .flatMap(parent -> hierarchy.children(parent.code()).stream())
                .filter(child -> item.equals(bare(child.name()))).findFirst().orElse(null);
    }

    /** A row's name without the marks some producers print before it (-行政运行, 　行政运行). */
    private static String bare(String name) {
        return name == null ? "" : RowNames.normalise(name).replaceFirst("^[^\\p{IsHan}]+", "");
    }

    private static void amountsMatchTables(RuleRun run) {
        Figures figures = run.figures();
        Claims.forEach(run, GENERAL_TOPICS, (claim, location) -> {
            if (claim.value() == null) {
                return;
            }
            Figure table = figures.inTables(claim.topic());
            if (table != null) {
                run.check(() -> Comparisons.statedEqual(run, location, "情况说明", Figures.stated(claim), table));
            } else if (figures.unreadableSource(claim.topic())) {
                run.skip();
            }
        });
    }

    private static void percentagesMatch(RuleRun run) {
        Stated stated = new Stated(run.doc());
        Claims.forEach(run, GENERAL_TOPICS, (claim, location) -> {
            if (claim.percent() == null) {
                return;
            }
            StatedChange change = new StatedChange(claim);
            if (change.signedDelta() != null) {
                run.check(() -> ThreePublicRules.percentMatches(run, claim, location, change));
            } else if (Figures.SHARE_OF.containsKey(claim.topic())) {
                run.check(() -> shareMatches(run, claim, location, stated));
            }
        });
        Map<String, Integer> seen = new HashMap<>();
        for (Claim item : run.doc().itemClaims(Claim.ITEM, Claim.CLASS)) {
            StatedChange change = new StatedChange(item);
            String location = itemLocation(item, seen);
            if (item.percent() != null && item.value() != null && change.signedDelta() != null) {
                run.check(() -> ThreePublicRules.percentMatches(run, item, location, change));
            }
        }
    }

    /** A 项's place among the claims: its names, and which statement of it (a 项 may be stated twice). */
    static String itemLocation(Claim item, Map<String, Integer> seen) {
        return "item:" + item.subject() + "#" + (seen.merge(item.subject(), 1, Integer::sum) - 1);
    }

    /** 占…% : the figure over the total it is a share of, both at their narrowest known precision. */
    private static void shareMatches(RuleRun run, Claim claim, String location, Stated stated) {
        String whole = Figures.SHARE_OF.get(claim.topic());
        Interval part = claim.value() != null ? Interval.of(claim.valueAmount()) : stated.precise(claim.topic());
        Interval total = stated.precise(whole);
        if (part == null || total == null || total.containsZero()) {
            return;
        }
        Interval share = part.dividedBy(total);
        if (!Interval.ofPercent(claim.percent()).meets(share)) {
            Evidence evidence = Figures.evidence(claim);
            run.report(location + "/share", "情况说明：" + Names.figure(claim.topic()) + "占比 " + claim.percent()
                    + "% ≠ " + Names.figure(claim.topic()) + " / " + Names.figure(whole) + " "
                    + Messages.ratio(part, total) + "（容差为所印位数的半个单位）" + Messages.pages(List.of(evidence)),
                    List.of(evidence));
        }
    }

    private static void totalsMatchParts(RuleRun run) {
        Stated stated = new Stated(run.doc());
        for (Map.Entry<String, List<String>> composition : Figures.COMPOSITIONS.entrySet()) {
            String total = composition.getKey();
            Claim value = stated.valueClaim(total);
            Interval statedValue = stated.value(total);
            Interval partsValue = stated.sumOfParts(total, stated::value);
            boolean open = Figures.OPEN_COMPOSITIONS.contains(total);
            compare(run, total, "parts", "", value, statedValue, partsValue, open);
            if (open && !closes(statedValue, partsValue)) {
                continue; // the parts the text does not name this year may have changed too
            }
            Claim change = stated.changeClaim(total);
            compare(run, total, "parts-change", " 所述较上年变化", change,
                    change == null ? null : new StatedChange(change).signedDelta(),
                    stated.sumOfParts(total, stated::delta), false);
        }
    }

    /** Whether the stated parts make up the stated total (both known and consistent). */
    private static boolean closes(Interval total, Interval parts) {
        return total != null && parts != null && Tolerance.compare(total, parts).consistent();
    }

    /** The stated total against its stated parts: equal, or for an open composition not less than them. */
    private static void compare(RuleRun run, String total, String aspect, String what, Claim claim,
            Interval statedTotal, Interval sumOfParts, boolean atLeast) {
        if (claim == null || statedTotal == null || sumOfParts == null) {
            return;
        }
        run.check(() -> {
            Tolerance.Check check = Tolerance.compare(statedTotal, sumOfParts);
            if (atLeast ? check.fallsShort() : !check.consistent()) {
                List<Evidence> evidence = List.of(Figures.evidence(claim));
                run.report("claim:" + total + "/" + aspect, Messages.mismatch("情况说明", Names.figure(total) + what,
                        atLeast ? "<" : "≠", "各部分所述" + (what.isEmpty() ? "金额" : "变化") + "之和", check,
                        claim.unit(), 2, evidence), check, evidence);
            }
        });
    }
}

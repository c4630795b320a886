package io.budgetwatch.reconcile.rules;

import io.budgetwatch.events.Change;
import io.budgetwatch.events.Claim;
import io.budgetwatch.events.Evidence;
import io.budgetwatch.events.Severity;
import io.budgetwatch.reconcile.RuleCategory;
import io.budgetwatch.reconcile.RuleDescription;
import io.budgetwatch.reconcile.document.Figures;
import io.budgetwatch.reconcile.document.FunctionClasses;
import io.budgetwatch.reconcile.document.StatedChange;
import io.budgetwatch.reconcile.report.Messages;
import io.budgetwatch.reconcile.tolerance.Interval;
import io.budgetwatch.reconcile.tolerance.Tolerance;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * narrative, line by line: what the text states about the 类 and 项 of the functional classification agrees with
 * itself (the table side is TXT-004 in {@link NarrativeRules}).
 */
final class ItemRules {
    /** 基本持平: a 决算 within this share of its 年初预算 may be called level with it. */
    private static final BigDecimal LEVEL_SHARE = new BigDecimal("0.01");

    private ItemRules() {
    }

    static List<Rule> rules() {
        return List.of(
                new Rule(new RuleDescription("TXT-006", RuleCategory.NARRATIVE, Severity.WARNING,
                        "情况说明逐项陈述一个功能分类的类及其下各项（某某支出（类）…万元，与上年相比增加…；某某（款）某某（项）…）且所述各项金额之和等于所述类的金额时：类所述较上年变化 = 各项所述变化之和（区间运算）。所述各项不足以构成该类时不核对，计为跳过。",
                        "类的增减由其下各项的增减构成；两者对不上，至少一处增减说明是错的。",
                        "情况说明：社会保障和就业支出 所述较上年变化 140.96 万元 ≠ 其下各项所述变化之和 130.96 万元，差额 10.00 万元，超出容差 0.03 万元"),
                        ItemRules::classChangeIsItsItemsChanges),
                new Rule(new RuleDescription("TXT-007", RuleCategory.NARRATIVE, Severity.WARNING,
                        "决算说明逐项所述（年初预算为…万元，支出决算为…万元，完成年初预算的…%。决算数大于/小于/与预算数持平）：完成率 = 决算数 / 年初预算（区间运算，容差为所印位数的半个单位）；“大于”“小于”“持平”与所述两数相符（相差不超过年初预算的 1% 可称基本持平）。",
                        "决算与预算的差异及其原因是决算公开的核心；方向说反或完成率算错，所述原因也就站不住。",
                        "情况说明：一般公共服务支出/财政事务/行政运行 决算数 1511.89 万元、年初预算 1560.05 万元，却称决算数大于预算数（第22页）"),
                        ItemRules::finalItemsAgreeWithTheirBudget));
    }

    /** A 类's stated change against the sum of its 项's stated changes, where the stated 项 make up the 类. */
    private static void classChangeIsItsItemsChanges(RuleRun run) {
        Map<String, Claim> items = firstBySubject(run.doc().itemClaims(Claim.ITEM));
        for (Claim klass : firstBySubject(run.doc().itemClaims(Claim.CLASS)).values()) {
            String code = FunctionClasses.codeOf(klass.subject());
            Interval classChange = new StatedChange(klass).signedDelta();
            if (code == null || classChange == null) {
                continue;
            }
            List<Claim> parts = items.values().stream()
                    .filter(item -> code.equals(FunctionClasses.codeOf(item.subject().split("/")[0]))).toList();
            List<Interval> partChanges = parts.stream().map(p -> new StatedChange(p).signedDelta()).toList();
            if (parts.isEmpty() || partChanges.stream().anyMatch(Objects::isNull)) {
                continue;
            }
            Interval values = parts.stream().map(p -> Interval.of(p.valueAmount())).reduce(Interval.ZERO,
                    Interval::plus);
            if (!Tolerance.compare(Interval.of(klass.valueAmount()), values).consistent()) {
                run.skip(); // the items the text names do not make up the class: their changes need not either
                continue;
            }
            Interval changes = partChanges.stream().reduce(Interval.ZERO, Interval::plus);
            run.check(() -> {
                Tolerance.Check check = Tolerance.compare(classChange, changes);
                if (!check.consistent()) {
                    List<Evidence> evidence = new ArrayList<>();
                    evidence.add(Figures.evidence(klass));
                    parts.stream().map(Figures::evidence).filter(e -> !evidence.contains(e)).forEach(evidence::add);
                    run.report("class:" + code + "/change", Messages.mismatch("情况说明", klass.subject()
                            + " 所述较上年变化", "≠", "其下各项所述变化之和", check, klass.unit(), 2, evidence), check,
                            evidence);
                }
            });
        }
    }

    /** The first statement with an amount of each line (a line may be stated twice: TXT-005 compares those). */
    private static Map<String, Claim> firstBySubject(List<Claim> claims) {
        Map<String, Claim> first = new LinkedHashMap<>();
        claims.stream().filter(c -> c.value() != null).forEach(c -> first.putIfAbsent(c.subject(), c));
        return first;
    }

    /** Each 决算 item against the 年初预算 stated beside it: its completion rate and its 大于/小于/持平. */
    private static void finalItemsAgreeWithTheirBudget(RuleRun run) {
        List<Claim> budgets = run.doc().itemClaims(Claim.ORIGINAL_BUDGET);
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (Claim done : run.doc().itemClaims(Claim.FINAL)) {
            Claim budget = budgets.stream().filter(b -> b.subject().equals(done.subject())
                    && Objects.equals(b.sentence(), done.sentence())).findFirst().orElse(null);
            if (budget == null || done.value() == null || budget.value() == null) {
                continue;
            }
            String location = "final-" + NarrativeRules.itemLocation(done, seen);
            Interval finalValue = Interval.of(done.valueAmount());
            Interval budgetValue = Interval.of(budget.valueAmount());
            List<Evidence> evidence = List.of(Figures.evidence(done));
            if (done.percent() != null && !budgetValue.containsZero()) {
                run.check(() -> {
                    if (!Interval.ofPercent(done.percent()).meets(finalValue.dividedBy(budgetValue))) {
                        run.report(location + "/completion", "情况说明：" + done.subject() + " 完成年初预算 "
                                + done.percent() + "% ≠ 决算数 / 年初预算 " + Messages.ratio(finalValue, budgetValue)
                                + "（容差为所印位数的半个单位）" + Messages.pages(evidence), evidence);
                    }
                });
            }
            if (done.change() != null) {
                run.check(() -> {
                    if (!wordingHolds(done.change(), finalValue, budgetValue)) {
                        run.report(location + "/wording", "情况说明：" + done.subject() + " 决算数 " + done.value()
                                + " " + done.unit() + "、年初预算 " + budget.value() + " " + budget.unit() + "，却称"
                                + wording(done.change()) + Messages.pages(evidence), evidence);
                    }
                });
            }
        }
    }

    private static boolean wordingHolds(Change change, Interval done, Interval budget) {
        Tolerance.Check check = Tolerance.compare(done, budget);
        return switch (change) {
            case INCREASE -> check.exceeds();
            case DECREASE -> check.fallsShort();
            case FLAT -> check.consistent() || done.minus(budget).midpoint().abs()
                    .compareTo(budget.midpoint().abs().multiply(LEVEL_SHARE)) <= 0;
        };
    }

    private static String wording(Change change) {
        return switch (change) {
            case INCREASE -> "决算数大于预算数";
            case DECREASE -> "决算数小于预算数";
            case FLAT -> "决算数与预算数持平";
        };
    }
}

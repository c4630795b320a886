package io.budgetwatch.reconcile.rules;

import io.budgetwatch.events.Amount;
import io.budgetwatch.events.Evidence;
import io.budgetwatch.events.Severity;
import io.budgetwatch.events.Units;
import io.budgetwatch.reconcile.document.Figure;
import io.budgetwatch.reconcile.document.Names;
import io.budgetwatch.reconcile.report.Messages;
import io.budgetwatch.reconcile.tolerance.Tolerance;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Compares printed figures under the tolerance rule and reports a mismatch with its numbers and locators. */
final class Comparisons {
    /** Beyond this many parts a message names the count, not every part. */
    private static final int NAMED_PARTS = 4;

    private Comparisons() {
    }

    /**
     * The same figure printed twice must agree, as XBRL's duplicate facts: at equal precision the printed values are
     * equal, else the finer rounded to the coarser is the coarser. Within the rule's harm: rounding intervals that
     * do not meet are the rule's finding; one unit of the coarser last digit apart (921.33 beside 921.324552, 326.71
     * beside 326.72) a warning that names it — a digit rounded the wrong way, not a wrong number.
     */
    static void equal(RuleRun run, String location, String context, Figure actual, Figure expected) {
        Tolerance.Check check = Tolerance.same(actual.amount(), expected.amount());
        boolean slip = roundingSlip(actual.amount(), expected.amount())
                || roundingSlip(expected.amount(), actual.amount());
        if (!check.consistent() || slip) {
            report(run, location, context, actual, "≠", qualified(expected, actual), List.of(expected), check, slip);
        }
    }

    /**
     * A figure stated in the text against the table's. Prose often cuts a figure to fewer decimals instead of
     * rounding it (1,361 for 1361.6271): that is no contradiction, so a stated figure equal to the table's truncated
     * to the stated decimals is consistent too.
     */
    static void statedEqual(RuleRun run, String location, String context, Figure stated, Figure table) {
        if (!truncates(stated.amount(), table.amount())) {
            equal(run, location, context, stated, table);
        }
    }

    /**
     * {@code coarse} is printed with no more decimals than {@code fine}, and {@code fine} rounded to them is one unit
     * of the last digit away from {@code coarse}.
     */
    private static boolean roundingSlip(Amount coarse, Amount fine) {
        if (coarse == null || fine == null || lastDigitInYuan(coarse).compareTo(lastDigitInYuan(fine)) < 0) {
            return false;
        }
        BigDecimal unit = lastDigitInYuan(coarse);
        return roundedTo(fine, coarse, RoundingMode.HALF_UP).subtract(coarse.toYuan()).abs().compareTo(unit) == 0;
    }

    private static boolean truncates(Amount stated, Amount table) {
        if (stated == null || table == null || lastDigitInYuan(stated).compareTo(lastDigitInYuan(table)) <= 0) {
            return false;
        }
        return roundedTo(table, stated, RoundingMode.DOWN).compareTo(stated.toYuan()) == 0;
    }

    /** {@code fine} in 元, rounded to the last printed digit of {@code coarse}. */
    private static BigDecimal roundedTo(Amount fine, Amount coarse, RoundingMode mode) {
        BigDecimal unit = lastDigitInYuan(coarse);
        return fine.toYuan().divide(unit, 0, mode).multiply(unit);
    }

    /** What one unit of the last printed digit is worth in 元: 0.01 万元 → 100 元. */
    private static BigDecimal lastDigitInYuan(Amount amount) {
        return BigDecimal.ONE.movePointLeft(amount.decimals()).multiply(Units.factorToYuan(amount.unit()));
    }

    /** A printed total must equal the sum of its printed parts; a blank total is not checked. */
    static void sum(RuleRun run, String location, String context, Figure total, List<Figure> parts) {
        if (total.amount() == null) {
            return; // a total left blank over printed parts is not printed, so it contradicts nothing
        }
        Tolerance.Check check = Tolerance.sum(total.amount(), parts.stream().map(Figure::amount).toList());
        if (!check.consistent()) {
            report(run, location, context, total, "≠", partsLabel(parts), printed(parts), check);
        }
    }

    /** {@code larger} must not fall short of {@code smaller} beyond rounding. */
    static void atLeast(RuleRun run, String location, String context, Figure larger, Figure smaller) {
        Tolerance.Check check = Tolerance.same(larger.amount(), smaller.amount());
        if (check.fallsShort()) {
            report(run, location, context, larger, "<", qualified(smaller, larger), List.of(smaller), check);
        }
    }

    /** {@code smaller} must not exceed {@code larger} beyond rounding. */
    static void atMost(RuleRun run, String location, String context, Figure smaller, Figure larger) {
        Tolerance.Check check = Tolerance.same(smaller.amount(), larger.amount());
        if (check.exceeds()) {
            report(run, location, context, smaller, ">", qualified(larger, smaller), List.of(larger), check);
        }
    }

    static void report(RuleRun run, String location, String context, Figure actual, String relation,
            String expectedLabel, List<Figure> others, Tolerance.Check check) {
        report(run, location, context, actual, relation, expectedLabel, others, check, false);
    }

    /** A mismatch with its numbers; a rounding {@code slip} is a warning whatever the rule, and says so. */
    private static void report(RuleRun run, String location, String context, Figure actual, String relation,
            String expectedLabel, List<Figure> others, Tolerance.Check check, boolean slip) {
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(actual.evidence());
        others.stream().map(Figure::evidence).filter(e -> !evidence.contains(e)).forEach(evidence::add);
        List<Amount> amounts = new ArrayList<>();
        amounts.add(actual.amount());
        others.forEach(f -> amounts.add(f.amount()));
        if (slip) {
            run.report(location, Messages.roundingSlip(context, actual.label(), expectedLabel, check,
                    unit(amounts, run), decimals(amounts), evidence), check, evidence, Severity.WARNING);
        } else {
            run.report(location, Messages.mismatch(context, actual.label(), relation, expectedLabel, check,
                    unit(amounts, run), decimals(amounts), evidence), check, evidence);
        }
    }

    /** A figure from another table (or from the text) is named with where it is printed. */
    static String qualified(Figure other, Figure actual) {
        String where = other.evidence().table();
        if (Objects.equals(where, actual.evidence().table())) {
            return other.label();
        }
        return (where == null ? "情况说明" : Names.table(where)) + " " + other.label();
    }

    private static String partsLabel(List<Figure> parts) {
        if (parts.size() > NAMED_PARTS) {
            return parts.size() + " 项之和";
        }
        return parts.stream().map(Figure::label).collect(Collectors.joining(" + ")) + (parts.size() > 1 ? " 之和" : "");
    }

    /** Blank parts add nothing to a sum and are not worth a locator. */
    private static List<Figure> printed(List<Figure> parts) {
        return parts.stream().filter(f -> f.amount() != null).toList();
    }

    private static String unit(List<Amount> amounts, RuleRun run) {
        return amounts.stream().filter(Objects::nonNull).map(Amount::unit).filter(Objects::nonNull).findFirst()
                .orElse(run.doc().parsed().unit());
    }

    private static int decimals(List<Amount> amounts) {
        return amounts.stream().filter(Objects::nonNull).mapToInt(Amount::decimals).max().orElse(2);
    }
}

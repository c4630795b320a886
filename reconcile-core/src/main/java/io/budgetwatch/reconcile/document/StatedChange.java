package io.budgetwatch.reconcile.document;

import io.budgetwatch.events.Change;
import io.budgetwatch.events.Claim;
import io.budgetwatch.reconcile.tolerance.Interval;

/**
 * The year-over-year change a sentence states (比上年增加/减少 x 万元, 与上年持平). The reader may print the amount as a
 * magnitude or signed; the direction word decides the sign of a magnitude.
 */
public record StatedChange(Claim claim) {

    /** Whether the sentence states a change at all (an amount, or 持平). */
    public boolean stated() {
        return claim.delta() != null || claim.change() == Change.FLAT;
    }

    /** The change as a signed interval in 元 (持平 without an amount is an exact 0), or null when none is stated. */
    public Interval signedDelta() {
        if (claim.delta() == null) {
            return claim.change() == Change.FLAT ? Interval.ZERO : null;
        }
        Interval delta = Interval.of(claim.deltaAmount());
        return claim.change() == Change.DECREASE && delta.midpoint().signum() > 0 ? delta.negate() : delta;
    }

    /** The direction word contradicts the amount: 增加 a negative amount, 增加/减少 nothing, 持平 a non-zero amount. */
    public boolean directionContradicted() {
        if (claim.change() == null || claim.delta() == null) {
            return false;
        }
        int sign = claim.deltaAmount().decimal().signum();
        return switch (claim.change()) {
            case FLAT -> sign != 0;
            case INCREASE -> sign <= 0;
            case DECREASE -> sign == 0;
        };
    }

    /** Last year's figure the sentence implies: this year's figure minus the stated change. */
    public Interval impliedPrior(Interval current) {
        return current.minus(signedDelta());
    }

    /** The Chinese wording of the stated change, e.g. "减少 2.8 万元" or "持平". */
    public String wording() {
        String word = claim.change() == null ? "变化" : switch (claim.change()) {
            case INCREASE -> "增加";
            case DECREASE -> "减少";
            case FLAT -> "持平";
        };
        return claim.delta() == null ? word : word + " " + claim.deltaAmount().value() + " " + unit();
    }

    private String unit() {
        return claim.unit() == null ? "元" : claim.unit();
    }
}

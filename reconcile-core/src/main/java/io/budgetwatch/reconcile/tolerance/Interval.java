package io.budgetwatch.reconcile.tolerance;

import io.budgetwatch.events.Amount;
import io.budgetwatch.events.Units;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.stream.Stream;

/**
 * The closed interval of true values a printed figure may stand for, in 元. A figure printed as v with d decimals
 * stands for [v − ½·10^−d, v + ½·10^−d] (times its unit); a blank cell stands for exactly 0.
 */
public record Interval(BigDecimal low, BigDecimal high) {
    public static final Interval ZERO = exact(BigDecimal.ZERO);
    private static final MathContext RATIO = MathContext.DECIMAL128;

    public Interval {
        if (low.compareTo(high) > 0) {
            throw new IllegalArgumentException("empty interval [" + low + ", " + high + "]");
        }
    }

    public static Interval exact(BigDecimal value) {
        return new Interval(value, value);
    }

    /** The rounding interval of a printed amount, in 元; null (a blank cell) is an exact 0. */
    public static Interval of(Amount amount) {
        if (amount == null) {
            return ZERO;
        }
        BigDecimal half = halfUnit(amount.decimals()).multiply(Units.factorToYuan(amount.unit()));
        BigDecimal value = amount.toYuan();
        return new Interval(value.subtract(half), value.add(half));
    }

    /** A percentage as printed (without %), as the interval of the fraction it stands for. */
    public static Interval ofPercent(String percent) {
        BigDecimal value = new BigDecimal(percent);
        BigDecimal half = halfUnit(Math.max(0, value.scale()));
        return new Interval(value.subtract(half).movePointLeft(2), value.add(half).movePointLeft(2));
    }

    /** ½·10^−decimals. */
    public static BigDecimal halfUnit(int decimals) {
        return new BigDecimal(BigInteger.valueOf(5), decimals + 1);
    }

    public BigDecimal midpoint() {
        return low.add(high).divide(BigDecimal.valueOf(2));
    }

    public BigDecimal halfWidth() {
        return high.subtract(low).divide(BigDecimal.valueOf(2));
    }

    public Interval plus(Interval other) {
        return new Interval(low.add(other.low), high.add(other.high));
    }

    public Interval minus(Interval other) {
        return new Interval(low.subtract(other.high), high.subtract(other.low));
    }

    public Interval negate() {
        return new Interval(high.negate(), low.negate());
    }

    public boolean containsZero() {
        return low.signum() <= 0 && high.signum() >= 0;
    }

    /** This interval divided by {@code divisor}, which must not contain 0 (ratios are rounded to 34 digits). */
    public Interval dividedBy(Interval divisor) {
        if (divisor.containsZero()) {
            throw new ArithmeticException("divisor interval contains 0");
        }
        BigDecimal[] corners = Stream.of(low.divide(divisor.low, RATIO), low.divide(divisor.high, RATIO),
                high.divide(divisor.low, RATIO), high.divide(divisor.high, RATIO)).toArray(BigDecimal[]::new);
        BigDecimal min = corners[0];
        BigDecimal max = corners[0];
        for (BigDecimal corner : corners) {
            min = min.min(corner);
            max = max.max(corner);
        }
        return new Interval(min, max);
    }

    public boolean meets(Interval other) {
        return low.compareTo(other.high) <= 0 && other.low.compareTo(high) <= 0;
    }
}

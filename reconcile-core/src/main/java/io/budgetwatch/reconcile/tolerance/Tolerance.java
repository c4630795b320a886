package io.budgetwatch.reconcile.tolerance;

import io.budgetwatch.events.Amount;
import java.math.BigDecimal;
import java.util.List;

/**
 * The one tolerance rule (XBRL Calculations 1.1, round-to-nearest): a printed total is consistent with printed parts
 * iff the rounding interval of the total meets the sum of the parts' rounding intervals. With every figure printed
 * to d decimals and n printed parts that is |total − Σ parts| ≤ ½·10^−d·(n+1); with one part printed in 元 and the
 * other in 万元 it is "the two rounding intervals meet". Blank cells are exact zeros and add no tolerance.
 */
public final class Tolerance {
    private Tolerance() {
    }

    /** A comparison of what is printed ({@code actual}) with what the other figures imply ({@code expected}), in 元. */
    public record Check(BigDecimal expected, BigDecimal actual, BigDecimal difference, BigDecimal tolerance) {
        public boolean consistent() {
            return difference.abs().compareTo(tolerance) <= 0;
        }

        /** The printed figure is below what it must at least be, beyond rounding. */
        public boolean fallsShort() {
            return difference.compareTo(tolerance.negate()) < 0;
        }

        /** The printed figure is above what it may at most be, beyond rounding. */
        public boolean exceeds() {
            return difference.compareTo(tolerance) > 0;
        }
    }

    public static Check compare(Interval actual, Interval expected) {
        BigDecimal difference = actual.midpoint().subtract(expected.midpoint());
        return new Check(expected.midpoint(), actual.midpoint(), difference,
                actual.halfWidth().add(expected.halfWidth()));
    }

    /** A printed total against the sum of printed parts (null parts are blank cells). */
    public static Check sum(Amount total, List<Amount> parts) {
        Interval sum = Interval.ZERO;
        for (Amount part : parts) {
            sum = sum.plus(Interval.of(part));
        }
        return compare(Interval.of(total), sum);
    }

    /** The same figure printed twice, possibly in different units. */
    public static Check same(Amount actual, Amount expected) {
        return compare(Interval.of(actual), Interval.of(expected));
    }
}

package io.budgetwatch.events;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A printed amount: the value exactly as printed (thousands separators removed, printed decimals kept) and its
 * unit. The scale of {@link #decimal()} is the printed precision, which the tolerance rule depends on.
 */
public record Amount(String value, String unit) {
    public static final String YUAN = "元";
    public static final String TEN_THOUSAND_YUAN = "万元";

    public Amount {
        Objects.requireNonNull(value, "value");
        new BigDecimal(value);
    }

    public static Amount of(BigDecimal value, String unit) {
        return new Amount(value.toPlainString(), unit);
    }

    public BigDecimal decimal() {
        return new BigDecimal(value);
    }

    /** Number of printed decimals (0 for {@code 1700}). */
    public int decimals() {
        return Math.max(0, decimal().scale());
    }

    /** The value in 元, exactly. */
    public BigDecimal toYuan() {
        return decimal().multiply(Units.factorToYuan(unit));
    }

    @Override
    public String toString() {
        return value + (unit == null ? "" : unit);
    }
}

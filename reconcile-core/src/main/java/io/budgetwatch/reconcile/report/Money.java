package io.budgetwatch.reconcile.report;

import io.budgetwatch.events.Units;
import java.math.BigDecimal;

/** Formats amounts kept in 元 back in the unit the document printed them in, for messages. */
public final class Money {
    private Money() {
    }

    /** {@code yuan} in {@code unit} with at least {@code minDecimals} decimals and no rounding, e.g. "1469.55 万元". */
    public static String format(BigDecimal yuan, String unit, int minDecimals) {
        String shown = unit == null ? "元" : unit;
        BigDecimal value = yuan.divide(Units.factorToYuan(shown)).stripTrailingZeros();
        if (value.scale() < minDecimals) {
            value = value.setScale(minDecimals);
        }
        return value.toPlainString() + " " + shown;
    }
}

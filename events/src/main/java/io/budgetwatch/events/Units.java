package io.budgetwatch.events;

import java.math.BigDecimal;

/** Monetary units printed in disclosures and their exact factor to 元. */
public final class Units {
    private Units() {
    }

    /** Factor from {@code unit} to 元; an unknown or missing unit is taken as 元, the unit of plain numbers. */
    public static BigDecimal factorToYuan(String unit) {
        if (unit == null) {
            return BigDecimal.ONE;
        }
        return switch (unit.trim()) {
            case "万元" -> BigDecimal.valueOf(10_000);
            case "千元" -> BigDecimal.valueOf(1_000);
            case "亿元" -> BigDecimal.valueOf(100_000_000);
            default -> BigDecimal.ONE;
        };
    }
}

package io.budgetwatch.parse.claims;

/**
 * A number printed with a unit in a sentence: an amount ({@code 万元}, {@code 元}, {@code 亿元}) or a percentage
 * ({@code unit} is {@code %}). {@code value} is the number as printed, thousands separators removed.
 */
record Figure(int start, int end, String value, String unit) {
    static final String PERCENT = "%";

    boolean isPercent() {
        return PERCENT.equals(unit);
    }
}

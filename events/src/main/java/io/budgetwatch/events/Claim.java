package io.budgetwatch.events;

/**
 * A figure stated in the explanatory text. {@code topic} names what it is about (a canonical key-figure name such
 * as {@code threePublicReception}); {@code value}, {@code delta} are amounts as printed in {@code unit};
 * {@code percent} as printed without the % sign; any may be null when the sentence does not state it.
 */
public record Claim(String topic, String subject, String value, String unit, Change change, String delta,
        String percent, int page, String sentence) {

    public Amount valueAmount() {
        return value == null ? null : new Amount(value, unit);
    }

    public Amount deltaAmount() {
        return delta == null ? null : new Amount(delta, unit);
    }
}

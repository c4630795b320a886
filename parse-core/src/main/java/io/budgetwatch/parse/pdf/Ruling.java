package io.budgetwatch.parse.pdf;

/** A horizontal or vertical ruling line in page space (y grows downwards). */
public record Ruling(boolean horizontal, float position, float from, float to) {

    public static Ruling of(float x1, float y1, float x2, float y2) {
        boolean horizontal = Math.abs(y1 - y2) < Math.abs(x1 - x2);
        return horizontal
                ? new Ruling(true, (y1 + y2) / 2, Math.min(x1, x2), Math.max(x1, x2))
                : new Ruling(false, (x1 + x2) / 2, Math.min(y1, y2), Math.max(y1, y2));
    }

    /** Whether this line runs through the span [a, b] of the other axis, give or take {@code slack}. */
    public boolean covers(float a, float b, float slack) {
        return from <= a + slack && to >= b - slack;
    }
}

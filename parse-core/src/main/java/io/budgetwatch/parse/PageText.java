package io.budgetwatch.parse;

/** The text of one page (1-based), normalised with {@link io.budgetwatch.parse.text.CjkText#normalise}. */
public record PageText(int page, String text) {
}

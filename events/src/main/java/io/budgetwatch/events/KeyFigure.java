package io.budgetwatch.events;

/**
 * A canonical key figure (e.g. {@code threePublicTotal}) with where it was read: page, source (table type or
 * "text"), and (schema version 3) the row (classification code, or the printed name of an uncoded row) and column
 * key of its cell. {@code derivation} says how a figure the document does not print as such was derived from printed
 * ones ({@code 301 + 303}, a blank 三公 row read as 0), and is null for a printed figure.
 */
public record KeyFigure(String value, String unit, int page, String source, String row, String column,
        String derivation) {
    public static final String TEXT = "text";

    /** A figure as printed in a table's cell. */
    public static KeyFigure printed(Amount amount, int page, String source, String row, String column) {
        return new KeyFigure(amount.value(), amount.unit(), page, source, row, column, null);
    }

    /** A figure stated in the explanatory text. */
    public static KeyFigure stated(Amount amount, int page) {
        return new KeyFigure(amount.value(), amount.unit(), page, TEXT, null, null, null);
    }

    public Amount amount() {
        return new Amount(value, unit);
    }
}

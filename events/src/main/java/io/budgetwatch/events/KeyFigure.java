package io.budgetwatch.events;

/** A canonical key figure (e.g. {@code threePublicTotal}) with where it was read: page and source (table type or "text"). */
public record KeyFigure(String value, String unit, int page, String source) {

    public static KeyFigure of(Amount amount, int page, String source) {
        return new KeyFigure(amount.value(), amount.unit(), page, source);
    }

    public Amount amount() {
        return new Amount(value, unit);
    }
}

package io.budgetwatch.events;

import java.util.Objects;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * One table cell: an amount (JSON {@code {"value","unit","box"}}) or text (JSON {@code {"text","box"}}, or a plain
 * string when it has no box). {@code box} is where the cell lies on its row's page (since schema version 3; null in
 * earlier events and in cells the reader did not take from a ruled grid).
 */
@JsonSerialize(using = CellJson.Serializer.class)
@JsonDeserialize(using = CellJson.Deserializer.class)
public record Cell(Amount amount, String text, Box box) {
    public static Cell of(Amount amount) {
        return new Cell(amount, null, null);
    }

    public static Cell text(String text) {
        return new Cell(null, text, null);
    }

    /** The same cell, located at {@code where}. */
    public Cell at(Box where) {
        return new Cell(amount, text, where);
    }

    /** Whether {@code other} prints the same amount or text, wherever it lies. */
    public boolean printsAs(Cell other) {
        return Objects.equals(amount, other.amount) && Objects.equals(text, other.text);
    }

    public boolean isAmount() {
        return amount != null;
    }
}

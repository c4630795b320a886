package io.budgetwatch.events;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/** One table cell: an amount (JSON object {@code {"value","unit"}}) or text (JSON string). */
@JsonSerialize(using = CellJson.Serializer.class)
@JsonDeserialize(using = CellJson.Deserializer.class)
public record Cell(Amount amount, String text) {
    public static Cell of(Amount amount) {
        return new Cell(amount, null);
    }

    public static Cell text(String text) {
        return new Cell(null, text);
    }

    public boolean isAmount() {
        return amount != null;
    }
}

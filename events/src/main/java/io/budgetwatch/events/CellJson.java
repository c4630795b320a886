package io.budgetwatch.events;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/**
 * JSON shape of {@link Cell}: {@code {"value","unit","box"}} for an amount, {@code {"text","box"}} for located text,
 * a plain string for text without a box (how every text cell read before schema version 3).
 */
final class CellJson {
    private static final String BOX = "box";

    private CellJson() {
    }

    static final class Serializer extends StdSerializer<Cell> {
        Serializer() {
            super(Cell.class);
        }

        @Override
        public void serialize(Cell cell, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (!cell.isAmount() && cell.box() == null) {
                gen.writeString(cell.text());
                return;
            }
            gen.writeStartObject();
            if (cell.isAmount()) {
                gen.writeStringField("value", cell.amount().value());
                gen.writeStringField("unit", cell.amount().unit());
            } else {
                gen.writeStringField("text", cell.text());
            }
            if (cell.box() != null) {
                gen.writeFieldName(BOX);
                provider.defaultSerializeValue(cell.box(), gen);
            }
            gen.writeEndObject();
        }
    }

    static final class Deserializer extends StdDeserializer<Cell> {
        Deserializer() {
            super(Cell.class);
        }

        @Override
        public Cell deserialize(JsonParser parser, DeserializationContext ctx) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                return Cell.text(parser.getText());
            }
            JsonNode node = parser.readValueAsTree();
            JsonNode box = node.get(BOX);
            Box where = box == null || box.isNull() ? null : ctx.readTreeAsValue(box, Box.class);
            if (node.has("text")) {
                return new Cell(null, node.get("text").asText(), where);
            }
            JsonNode unit = node.get("unit");
            Amount amount = new Amount(node.get("value").asText(), unit == null || unit.isNull() ? null : unit.asText());
            return new Cell(amount, null, where);
        }
    }
}

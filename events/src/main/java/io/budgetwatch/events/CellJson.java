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

/** JSON shape of {@link Cell}: amount|text, as DESIGN.md writes it. */
final class CellJson {
    private CellJson() {
    }

    static final class Serializer extends StdSerializer<Cell> {
        Serializer() {
            super(Cell.class);
        }

        @Override
        public void serialize(Cell cell, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (cell.isAmount()) {
                gen.writeStartObject();
                gen.writeStringField("value", cell.amount().value());
                gen.writeStringField("unit", cell.amount().unit());
                gen.writeEndObject();
            } else {
                gen.writeString(cell.text());
            }
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
            JsonNode unit = node.get("unit");
            return Cell.of(new Amount(node.get("value").asText(), unit == null || unit.isNull() ? null : unit.asText()));
        }
    }
}

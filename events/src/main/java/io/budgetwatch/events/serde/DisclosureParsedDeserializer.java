package io.budgetwatch.events.serde;

import io.budgetwatch.events.DisclosureParsed;

public class DisclosureParsedDeserializer extends JsonEventDeserializer<DisclosureParsed> {
    public DisclosureParsedDeserializer() {
        super(DisclosureParsed.class);
    }
}

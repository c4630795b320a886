package io.budgetwatch.events.serde;

import io.budgetwatch.events.DocumentDiscovered;

public class DocumentDiscoveredDeserializer extends JsonEventDeserializer<DocumentDiscovered> {
    public DocumentDiscoveredDeserializer() {
        super(DocumentDiscovered.class);
    }
}

package io.budgetwatch.events.serde;

import io.budgetwatch.events.DocumentDiscovered;

/** The mirror of {@link DocumentDiscoveredDeserializer}: SmallRye's dead-letter queue derives its serializer by that name. */
public class DocumentDiscoveredSerializer extends JsonEventSerializer<DocumentDiscovered> {
}

package io.budgetwatch.events.serde;

import io.budgetwatch.events.DisclosureParsed;

/** The mirror of {@link DisclosureParsedDeserializer}: SmallRye's dead-letter queue derives its serializer by that name. */
public class DisclosureParsedSerializer extends JsonEventSerializer<DisclosureParsed> {
}

package io.budgetwatch.events.serde;

import io.budgetwatch.events.AlertStateChanged;

/** The mirror of {@link AlertStateChangedDeserializer}: SmallRye's dead-letter queue derives its serializer by that name. */
public class AlertStateChangedSerializer extends JsonEventSerializer<AlertStateChanged> {
}

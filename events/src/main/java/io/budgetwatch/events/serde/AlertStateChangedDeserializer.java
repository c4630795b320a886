package io.budgetwatch.events.serde;

import io.budgetwatch.events.AlertStateChanged;

public class AlertStateChangedDeserializer extends JsonEventDeserializer<AlertStateChanged> {
    public AlertStateChangedDeserializer() {
        super(AlertStateChanged.class);
    }
}

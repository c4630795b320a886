package io.budgetwatch.events.serde;

import org.apache.kafka.common.serialization.Deserializer;

import io.budgetwatch.events.EventJson;

/**
 * Kafka deserializer of one contract event type. A record that is not valid JSON for the type throws, so the
 * consuming channel's failure strategy (dead-letter queue) gets it with the reason.
 */
public class JsonEventDeserializer<T> implements Deserializer<T> {
    private final Class<T> type;

    protected JsonEventDeserializer(Class<T> type) {
        this.type = type;
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        return data == null ? null : EventJson.read(data, type);
    }
}

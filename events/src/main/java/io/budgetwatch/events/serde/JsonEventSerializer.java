package io.budgetwatch.events.serde;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;

import io.budgetwatch.events.EventJson;

/** Kafka serializer of any contract event, with the contract's JSON mapping. */
public class JsonEventSerializer<T> implements Serializer<T> {
    @Override
    public byte[] serialize(String topic, T data) {
        return data == null ? null : EventJson.write(data);
    }

    @Override
    public byte[] serialize(String topic, Headers headers, T data) {
        return serialize(topic, data);
    }
}

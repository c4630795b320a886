package io.budgetwatch.events;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/** Outgoing messages of the contract: the topic's key and the CloudEvents headers, for every producer alike. */
public final class EventMessages {
    private EventMessages() {
    }

    /** {@code event} keyed by {@code key}, with CloudEvents headers naming {@code source} (e.g. /budgetwatch/notify-service). */
    public static <T extends BudgetEvent> Message<T> keyed(T event, String key, String source) {
        RecordHeaders headers = new RecordHeaders();
        CloudEvents.write(headers, event, source);
        return Message.of(event)
                .addMetadata(OutgoingKafkaRecordMetadata.<String> builder().withKey(key).withHeaders(headers).build());
    }
}

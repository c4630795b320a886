package io.budgetwatch.ingest.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.budgetwatch.events.CloudEvents;
import io.budgetwatch.events.DocumentDiscovered;
import io.budgetwatch.ingest.config.IngestConfig;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/** Emits DocumentDiscovered on disclosure.documents.v1, keyed by documentId, with CloudEvents headers. */
@ApplicationScoped
public class DocumentPublisher {
    @Inject
    @Channel("documents")
    MutinyEmitter<DocumentDiscovered> emitter;

    @Inject
    IngestConfig config;

    /** Completes when Kafka acknowledged the record. */
    public Uni<Void> publish(DocumentDiscovered event) {
        RecordHeaders headers = new RecordHeaders();
        CloudEvents.write(headers, event, config.eventSource());
        return emitter.sendMessage(Message.of(event).addMetadata(OutgoingKafkaRecordMetadata.<String> builder()
                .withKey(event.documentId()).withHeaders(headers).build()));
    }
}

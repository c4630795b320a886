package io.budgetwatch.ingest.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Channel;

import io.budgetwatch.events.EventMessages;
import io.budgetwatch.events.DocumentDiscovered;
import io.budgetwatch.ingest.config.IngestConfig;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;

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
        return emitter.sendMessage(EventMessages.keyed(event, event.documentId(), config.eventSource()));
    }
}

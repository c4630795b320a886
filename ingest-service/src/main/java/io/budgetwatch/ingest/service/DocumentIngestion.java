package io.budgetwatch.ingest.service;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.budgetwatch.events.DocumentDiscovered;
import io.budgetwatch.events.DocumentDiscovered.Attachment;
import io.budgetwatch.events.DocumentIds;
import io.budgetwatch.events.EventJson;
import io.budgetwatch.ingest.config.IngestConfig;
import io.budgetwatch.ingest.domain.DocumentOrigin;
import io.budgetwatch.ingest.domain.IngestOutcome;
import io.budgetwatch.ingest.messaging.DocumentPublisher;
import io.budgetwatch.ingest.persistence.DocumentStore;
import io.budgetwatch.ingest.persistence.DocumentSummary;

/**
 * Takes a PDF in: stores it once per SHA-256 and emits DocumentDiscovered for new ones. Blocking API for worker
 * threads (crawler, upload); the database work runs on a Vert.x context as Hibernate Reactive requires.
 */
@ApplicationScoped
public class DocumentIngestion {
    private static final Logger LOG = Logger.getLogger(DocumentIngestion.class);

    @Inject
    DocumentStore store;

    @Inject
    DocumentPublisher publisher;

    @Inject
    IngestConfig config;

    public IngestOutcome ingest(byte[] content, DocumentOrigin origin) {
        if (content.length > config.maxDocumentBytes()) {
            throw new DocumentTooLargeException(content.length, config.maxDocumentBytes());
        }
        String documentId = DocumentIds.of(content);
        boolean isNew = OnVertxContext.await(() -> store.storeIfNew(documentId, content, origin));
        if (isNew) {
            LOG.infof("stored new document %s (%d bytes) from %s", documentId, content.length,
                    origin.sourceUrl() == null ? origin.sourceId() : origin.sourceUrl());
            publish(OnVertxContext.await(() -> store.summary(documentId)));
        }
        return new IngestOutcome(documentId, !isNew, content.length);
    }

    /** Emits every stored document whose event was never acknowledged (e.g. Kafka was down at the time). */
    public int publishPending() {
        var pending = OnVertxContext.await(store::unpublished);
        pending.forEach(this::publish);
        return pending.size();
    }

    private void publish(DocumentSummary document) {
        DocumentDiscovered event = new DocumentDiscovered(DocumentDiscovered.SCHEMA_VERSION,
                UUID.randomUUID().toString(), document.id(), document.id(), contentUrl(document.id()),
                document.sourceUrl(), document.sourceId(), document.fileName(), document.title(),
                document.sizeBytes(), Instant.now(), document.pageUrl(), document.linkText(), siblings(document));
        publisher.publish(event).await().indefinitely();
        OnVertxContext.await(() -> store.markPublished(document.id()));
    }

    private static List<Attachment> siblings(DocumentSummary document) {
        if (document.siblings() == null) {
            return List.of();
        }
        return List.of(EventJson.read(document.siblings().getBytes(StandardCharsets.UTF_8), Attachment[].class));
    }

    private String contentUrl(String documentId) {
        String base = config.publicUrl().endsWith("/") ? config.publicUrl() : config.publicUrl() + "/";
        return base + "api/documents/" + documentId + "/content";
    }
}

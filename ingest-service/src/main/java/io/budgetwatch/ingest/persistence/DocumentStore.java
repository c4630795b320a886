package io.budgetwatch.ingest.persistence;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.budgetwatch.events.EventJson;
import io.budgetwatch.ingest.domain.DocumentOrigin;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** PostgreSQL storage of PDFs (Hibernate Reactive). */
@ApplicationScoped
public class DocumentStore {

    /** Stores the bytes unless a document with the same SHA-256 exists; true when it was new. */
    @WithTransaction
    public Uni<Boolean> storeIfNew(String documentId, byte[] content, DocumentOrigin origin) {
        return StoredDocument.<StoredDocument> findById(documentId).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().item(false);
            }
            StoredDocument document = new StoredDocument();
            document.id = documentId;
            document.content = content;
            document.sizeBytes = content.length;
            document.sourceId = origin.sourceId();
            document.sourceUrl = origin.sourceUrl();
            document.fileName = origin.fileName();
            document.title = origin.title();
            document.pageUrl = origin.pageUrl();
            document.linkText = origin.linkText();
            document.siblings = EventJson.writeString(origin.siblings());
            document.discoveredAt = Instant.now();
            return document.persist().replaceWith(true);
        });
    }

    @WithTransaction
    public Uni<Void> markPublished(String documentId) {
        return StoredDocument.update("published = true where id = ?1", documentId).replaceWithVoid();
    }

    @WithSession
    public Uni<List<DocumentSummary>> unpublished() {
        return StoredDocument.find("published = false", Sort.by("discoveredAt")).project(DocumentSummary.class)
                .list();
    }

    @WithSession
    public Uni<List<DocumentSummary>> list(int limit) {
        return StoredDocument.findAll(Sort.by("discoveredAt").descending()).project(DocumentSummary.class)
                .page(0, limit).list();
    }

    @WithSession
    public Uni<DocumentSummary> summary(String documentId) {
        return StoredDocument.find("id", documentId).project(DocumentSummary.class).firstResult();
    }

    @WithSession
    public Uni<byte[]> content(String documentId) {
        return StoredDocument.<StoredDocument> findById(documentId).map(d -> d == null ? null : d.content);
    }
}

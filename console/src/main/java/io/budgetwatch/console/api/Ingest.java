package io.budgetwatch.console.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.type.TypeReference;

/** ingest-service: what it stored, where from, and the PDF bytes. */
public final class Ingest {
    /** One stored document as {@code GET /api/documents} lists it. */
    public record Document(String id, String sourceId, String sourceUrl, String fileName, String title,
            long sizeBytes, Instant discoveredAt, boolean published, String pageUrl, String linkText) {
    }

    private final ServiceHttp http;

    public Ingest(ServiceHttp http) {
        this.http = http;
    }

    public List<Document> documents() {
        return http.get(ServiceHttp.path("/api/documents", ServiceHttp.query("limit", 1000)),
                new TypeReference<List<Document>>() {
                }).orElse(List.of());
    }

    public Optional<Document> document(String id) {
        return http.get("/api/documents/" + id, Document.class);
    }

    public Optional<byte[]> content(String id) {
        return http.bytes("/api/documents/" + id + "/content");
    }
}

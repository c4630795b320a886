package io.budgetwatch.events;

import java.time.Instant;

/**
 * What ingest-service publishes on {@link Topics#DOCUMENTS}, keyed by {@code documentId} (the SHA-256 of the PDF
 * bytes). The PDF itself stays in ingest's store (claim check): {@code contentUrl} fetches it, {@code sha256}
 * verifies it.
 */
public record DocumentDiscovered(int schemaVersion, String eventId, String documentId, String sha256,
        String contentUrl, String sourceUrl, String sourceId, String fileName, String title, long sizeBytes,
        Instant discoveredAt) implements BudgetEvent {

    public static final int SCHEMA_VERSION = 1;
    public static final String TYPE = "io.budgetwatch.document.discovered.v1";

    @Override
    public String cloudEventType() {
        return TYPE;
    }
}

package io.budgetwatch.events;

import java.time.Instant;
import java.util.List;

/**
 * What ingest-service publishes on {@link Topics#DOCUMENTS}, keyed by {@code documentId} (the SHA-256 of the PDF
 * bytes). The PDF itself stays in ingest's store (claim check): {@code contentUrl} fetches it, {@code sha256}
 * verifies it.
 *
 * <p>Schema version 1 gained, additively, the crawl context of a document: {@code pageUrl} (the portal page that
 * links it), {@code linkText} (the anchor text there) and {@code siblings} (the page's other attachments), so the
 * two halves of one disclosure (情况说明 + 报表) can be joined downstream. They are null / empty for uploads;
 * readers of older events see them absent, and older readers ignore them (unknown properties are ignored).
 */
public record DocumentDiscovered(int schemaVersion, String eventId, String documentId, String sha256,
        String contentUrl, String sourceUrl, String sourceId, String fileName, String title, long sizeBytes,
        Instant discoveredAt, String pageUrl, String linkText, List<Attachment> siblings) implements BudgetEvent {

    public static final int SCHEMA_VERSION = 1;
    public static final String TYPE = "io.budgetwatch.document.discovered.v1";

    public DocumentDiscovered {
        siblings = siblings == null ? List.of() : List.copyOf(siblings);
    }

    /** Another attachment of the same portal page: its URL and link text. */
    public record Attachment(String url, String linkText) {
    }

    @Override
    public String cloudEventType() {
        return TYPE;
    }
}

package io.budgetwatch.crawl;

import java.util.List;

import io.budgetwatch.events.DocumentDiscovered.Attachment;

/** Takes the PDFs a crawl finds: ingest-service stores and announces them, {@code bw crawl} prints them. */
public interface DocumentSink {
    /** A PDF and where it was found. */
    record FoundDocument(String sourceId, String url, String fileName, String title, String pageUrl,
            String linkText, List<Attachment> siblings, byte[] content) {
    }

    /** What became of it: its document id (SHA-256) and whether the same bytes were known already. */
    record Accepted(String documentId, boolean duplicate) {
    }

    Accepted accept(FoundDocument document);
}

package io.budgetwatch.ingest.domain;

/** The result of taking one PDF in: its document id, and whether it was new (and so emitted) or a duplicate. */
public record IngestOutcome(String documentId, boolean duplicate, long sizeBytes) {
}

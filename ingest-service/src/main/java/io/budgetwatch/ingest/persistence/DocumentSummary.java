package io.budgetwatch.ingest.persistence;

import java.time.Instant;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A stored document without its bytes, for listings. */
@RegisterForReflection
public record DocumentSummary(String id, String sourceId, String sourceUrl, String fileName, String title,
        long sizeBytes, Instant discoveredAt, boolean published) {
}

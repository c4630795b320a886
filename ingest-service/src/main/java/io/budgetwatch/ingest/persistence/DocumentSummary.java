package io.budgetwatch.ingest.persistence;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A stored document without its bytes, for listings; {@code siblings} is the stored JSON, kept for the event. */
@RegisterForReflection
public record DocumentSummary(String id, String sourceId, String sourceUrl, String fileName, String title,
        long sizeBytes, Instant discoveredAt, boolean published, String pageUrl, String linkText,
        @JsonIgnore String siblings) {
}

package io.budgetwatch.ingest.persistence;

import java.time.Instant;

import io.budgetwatch.crawl.UrlStatus;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** How many URLs of a source are in one status, and the last visit among them. */
@RegisterForReflection
public record StatusCount(String sourceId, UrlStatus status, long count, Instant lastFetchedAt) {
}

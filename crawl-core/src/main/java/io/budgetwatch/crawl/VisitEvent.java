package io.budgetwatch.crawl;

import java.time.Instant;

/** One visit of a URL, as the fetch history keeps it. */
public record VisitEvent(String sourceId, String url, Instant at, String outcome, Integer httpStatus,
        String documentId, String detail) {
}

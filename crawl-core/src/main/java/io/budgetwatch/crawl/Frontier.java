package io.budgetwatch.crawl;

import java.time.Instant;
import java.util.List;

/** Where the crawl keeps its URLs: PostgreSQL in ingest-service (shared by replicas), memory in {@code bw crawl}. */
public interface Frontier {
    /** Adds the start URLs and makes the source's start and pagination pages due now. */
    void seed(String sourceId, List<String> startUrls, Instant now);

    /** Up to {@code limit} URLs of the source due now and not visited since {@code runStart}, now owned by the caller. */
    List<FrontierUrl> claim(String sourceId, Instant runStart, int limit);

    /** Stores a visit: the URL's new state, its history event and the URLs found (new ones only are added). */
    void complete(FrontierUrl visited, VisitEvent event, List<FrontierUrl> discovered);
}

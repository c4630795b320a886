package io.budgetwatch.crawl;

/** Told about every visit, for metrics; the default does nothing. */
public interface CrawlListener {
    CrawlListener NONE = new CrawlListener() {
    };

    default void visited(String sourceId, String outcome) {
    }

    default void retired(String sourceId, String url) {
    }
}

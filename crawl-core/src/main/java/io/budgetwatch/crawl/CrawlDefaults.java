package io.budgetwatch.crawl;

/**
 * The crawler's defaults, in one place: ingest-service's configuration ({@code @WithDefault}) and {@code bw crawl}
 * both read them, so a dry run behaves as the service does.
 */
public final class CrawlDefaults {
    public static final String USER_AGENT =
            "budgetwatch-ingest/0.1 (+https://github.com/budgetwatch/budgetwatch; disclosure monitoring)";
    public static final String ROBOT_NAME = "budgetwatch";
    public static final String HOST_DELAY = "PT1S";
    public static final String MAX_DEPTH = "1";
    public static final String MAX_PAGES = "2000";
    public static final String MAX_PAGE_BYTES = "5242880";
    public static final String MAX_DOCUMENT_BYTES = "52428800";
    public static final String CONNECT_TIMEOUT = "PT10S";
    public static final String FETCH_TIMEOUT = "PT30S";
    public static final String MAX_REDIRECTS = "5";
    public static final String MAX_ATTEMPTS = "3";
    public static final String INITIAL_BACKOFF = "PT2S";
    public static final String MAX_BACKOFF = "PT5M";
    public static final String RETIRE_AFTER_FAILURES = "3";
    public static final String REVISIT_INTERVAL = "P1D";
    public static final String ROBOTS_CACHE_TTL = "PT24H";

    private CrawlDefaults() {
    }
}

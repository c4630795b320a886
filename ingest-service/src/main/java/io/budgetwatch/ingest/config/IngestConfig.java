package io.budgetwatch.ingest.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import io.budgetwatch.crawl.CrawlDefaults;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "budgetwatch.ingest")
public interface IngestConfig {
    /**
     * Portal listing pages to crawl, each its own source with the crawl defaults (comma-separated in env:
     * BUDGETWATCH_INGEST_SOURCES). The source id is the URL.
     */
    Optional<List<String>> sources();

    /** Named sources with their own settings: budgetwatch.ingest.source."id".start-urls=…, allowed-hosts=… */
    Map<String, Source> source();

    /** Base URL under which other services reach this one; contentUrl = publicUrl + /api/documents/{id}/content. */
    String publicUrl();

    /** How often the portals are crawled (read by the scheduler; declared here so it is validated and documented). */
    @WithDefault("10m")
    String pollInterval();

    /** Delay before the first crawl after start. */
    @WithDefault("5s")
    String initialDelay();

    /** Largest PDF accepted, in bytes; a download is cut when it goes beyond. */
    @WithDefault(CrawlDefaults.MAX_DOCUMENT_BYTES)
    long maxDocumentBytes();

    /** Timeout of one HTTP request to a portal, body included. */
    @WithDefault(CrawlDefaults.FETCH_TIMEOUT)
    Duration fetchTimeout();

    /** The ce_source of emitted events. */
    @WithDefault("/budgetwatch/ingest-service")
    String eventSource();

    /** Hosts or addresses a portal may have although loopback/private/link-local (the local portal, tests). */
    Optional<List<String>> allowedPrivateHosts();

    Crawl crawl();

    /** How the crawler behaves on every source (a named source may override the link rules and limits). */
    interface Crawl {
        /** Sent with every request; names the crawler and where a webmaster learns about it. */
        @WithDefault(CrawlDefaults.USER_AGENT)
        String userAgent();

        /** The robots.txt product token this crawler obeys (lower case). */
        @WithDefault(CrawlDefaults.ROBOT_NAME)
        String robotName();

        /** Pause between two requests to the same host; a longer robots.txt Crawl-delay wins. */
        @WithDefault(CrawlDefaults.HOST_DELAY)
        Duration hostDelay();

        /** HTML hops from a start page (pagination does not count; attachments are always fetched). */
        @WithDefault(CrawlDefaults.MAX_DEPTH)
        int maxDepth();

        /** Requests per source and crawl run, so one portal cannot hold the crawler. */
        @WithDefault(CrawlDefaults.MAX_PAGES)
        int maxPages();

        /** Largest HTML page read, in bytes. */
        @WithDefault(CrawlDefaults.MAX_PAGE_BYTES)
        long maxPageBytes();

        /** Time to open a connection. */
        @WithDefault(CrawlDefaults.CONNECT_TIMEOUT)
        Duration connectTimeout();

        /** Redirects followed per request; a loop is refused at once. */
        @WithDefault(CrawlDefaults.MAX_REDIRECTS)
        int maxRedirects();

        /** Attempts of a request answered 5xx, 429 or failing on the network. */
        @WithDefault(CrawlDefaults.MAX_ATTEMPTS)
        int maxAttempts();

        /** First back-off; doubled on every further attempt. */
        @WithDefault(CrawlDefaults.INITIAL_BACKOFF)
        Duration initialBackoff();

        /** Longest wait honoured from Retry-After or back-off; beyond, the URL is retried on a later run. */
        @WithDefault(CrawlDefaults.MAX_BACKOFF)
        Duration maxBackoff();

        /** A URL answering 404/410 this many crawls in a row is retired: no longer requested, and reported. */
        @WithDefault(CrawlDefaults.RETIRE_AFTER_FAILURES)
        int retireAfterFailures();

        /** How often detail pages and attachments are asked again (conditional GET); listings each poll. */
        @WithDefault(CrawlDefaults.REVISIT_INTERVAL)
        Duration revisitInterval();

        /** How long a replica owns the URLs it claimed from the shared frontier. */
        @WithDefault("PT10M")
        Duration leaseDuration();

        /** How long a host's robots.txt is trusted before it is fetched again. */
        @WithDefault(CrawlDefaults.ROBOTS_CACHE_TTL)
        Duration robotsCacheTtl();
    }

    /** One portal: where to start and what to follow. */
    interface Source {
        List<String> startUrls();

        /** Hosts links may lead to; default: the hosts of the start URLs. */
        Optional<List<String>> allowedHosts();

        /** Regular expression (found in the path) of pagination links; default {@code /index_N.html}. */
        Optional<String> paginationPattern();

        /** Regular expression (found in path or path?query) of attachment links. */
        Optional<String> attachmentPattern();

        /** Regular expression (matching the whole path) of HTML pages to follow. */
        Optional<String> pagePattern();

        OptionalInt maxDepth();

        /** How often this source's detail pages and attachments are asked again; default crawl.revisit-interval. */
        Optional<Duration> revisitInterval();
    }
}

package io.budgetwatch.ingest.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

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
    @WithDefault("52428800")
    long maxDocumentBytes();

    /** Timeout of one HTTP request to a portal, body included. */
    @WithDefault("PT30S")
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
        @WithDefault("budgetwatch-ingest/0.1 (+https://github.com/budgetwatch/budgetwatch; disclosure monitoring)")
        String userAgent();

        /** The robots.txt product token this crawler obeys (lower case). */
        @WithDefault("budgetwatch")
        String robotName();

        /** Pause between two requests to the same host; a longer robots.txt Crawl-delay wins. */
        @WithDefault("PT1S")
        Duration hostDelay();

        /** HTML hops from a start page (pagination does not count; attachments are always fetched). */
        @WithDefault("1")
        int maxDepth();

        /** Requests per source and crawl run, so one portal cannot hold the crawler. */
        @WithDefault("2000")
        int maxPages();

        /** Largest HTML page read, in bytes. */
        @WithDefault("5242880")
        long maxPageBytes();

        /** Time to open a connection. */
        @WithDefault("PT10S")
        Duration connectTimeout();

        /** Redirects followed per request; a loop is refused at once. */
        @WithDefault("5")
        int maxRedirects();

        /** Attempts of a request answered 5xx, 429 or failing on the network. */
        @WithDefault("3")
        int maxAttempts();

        /** First back-off; doubled on every further attempt. */
        @WithDefault("PT2S")
        Duration initialBackoff();

        /** Longest wait honoured from Retry-After or back-off; beyond, the URL is retried on a later run. */
        @WithDefault("PT5M")
        Duration maxBackoff();

        /** A URL answering 404/410 this many crawls in a row is retired: no longer requested, and reported. */
        @WithDefault("3")
        int retireAfterFailures();

        /** How often detail pages and attachments are asked again (conditional GET); listings each poll. */
        @WithDefault("P1D")
        Duration revisitInterval();

        /** How long a replica owns the URLs it claimed from the shared frontier. */
        @WithDefault("PT10M")
        Duration leaseDuration();

        /** How long a host's robots.txt is trusted before it is fetched again. */
        @WithDefault("PT24H")
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

package io.budgetwatch.ingest.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "budgetwatch.ingest")
public interface IngestConfig {
    /** Portal listing pages to crawl for PDF links (comma-separated in env: BUDGETWATCH_INGEST_SOURCES). */
    Optional<List<String>> sources();

    /** Base URL under which other services reach this one; contentUrl = publicUrl + /api/documents/{id}/content. */
    String publicUrl();

    /** How often the portals are crawled (read by the scheduler; declared here so it is validated and documented). */
    @WithDefault("10m")
    String pollInterval();

    /** Delay before the first crawl after start. */
    @WithDefault("5s")
    String initialDelay();

    /** Largest PDF accepted, in bytes. */
    @WithDefault("52428800")
    long maxDocumentBytes();

    /** Timeout of one HTTP request to a portal. */
    @WithDefault("PT30S")
    Duration fetchTimeout();

    /** The ce_source of emitted events. */
    @WithDefault("/budgetwatch/ingest-service")
    String eventSource();
}

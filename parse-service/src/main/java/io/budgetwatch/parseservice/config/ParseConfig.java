package io.budgetwatch.parseservice.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "budgetwatch.parse")
public interface ParseConfig {
    /** Largest PDF read, in bytes. */
    @WithDefault("52428800")
    long maxBytes();

    /** Most pages read; a longer document is refused (TOO_LARGE). */
    @WithDefault("500")
    int maxPages();

    /** Longest time one document may take to read (TIMEOUT). */
    @WithDefault("PT60S")
    Duration timeout();

    /** Timeout of fetching the bytes from ingest-service. */
    @WithDefault("PT30S")
    Duration fetchTimeout();

    @WithDefault("/budgetwatch/parse-service")
    String eventSource();

    /**
     * The only places a {@code contentUrl} may point at: ingest-service's base URL(s), as prefixes. An event naming
     * any other address is refused without a request (UNTRUSTED_CONTENT_URL), so a forged event cannot make
     * parse-service fetch from inside the cluster. Unset: any http(s) URL (logged at start-up).
     */
    Optional<List<String>> contentBaseUrls();
}

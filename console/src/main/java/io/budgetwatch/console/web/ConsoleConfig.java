package io.budgetwatch.console.web;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Every console setting with its default; each is also its environment variable ({@code BUDGETWATCH_CONSOLE_…}). */
@ConfigMapping(prefix = "budgetwatch.console")
public interface ConsoleConfig {
    /** ingest-service: document metadata and the PDFs. */
    @WithDefault("http://localhost:8090")
    String ingestUrl();

    /** reconcile-service: reports and the parsed disclosures. */
    @WithDefault("http://localhost:8092")
    String reconcileUrl();

    /** notify-service: alerts, their history, silences. */
    @WithDefault("http://localhost:8093")
    String notifyUrl();

    /** The key the console writes silences to notify-service with (one of BUDGETWATCH_NOTIFY_API_KEYS). */
    Optional<String> notifyApiKey();

    /**
     * Who may sign in to create and expire silences: {@code identity:key} entries, comma-separated. Without any,
     * the console is read-only.
     */
    Optional<List<String>> keys();

    /** Rendered page images kept in memory (PNG bytes), and PDFs kept to render them, in bytes each. */
    @WithDefault("67108864")
    long cacheBytes();

    /** Resolution of the rendered pages: 120 dpi is a readable A4 page at a laptop's width. */
    @WithDefault("120")
    int renderDpi();
}

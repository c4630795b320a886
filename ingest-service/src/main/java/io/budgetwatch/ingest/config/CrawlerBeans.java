package io.budgetwatch.ingest.config;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.budgetwatch.crawl.FetchSettings;
import io.budgetwatch.crawl.PoliteFetcher;

/** The one fetcher of the service, so the per-host spacing and the robots.txt cache are shared by every crawl. */
public class CrawlerBeans {
    @Produces
    @ApplicationScoped
    PoliteFetcher fetcher(IngestConfig config) {
        IngestConfig.Crawl crawl = config.crawl();
        return new PoliteFetcher(new FetchSettings(crawl.userAgent(), crawl.robotName(), crawl.hostDelay(),
                crawl.connectTimeout(), config.fetchTimeout(), crawl.maxRedirects(), crawl.maxAttempts(),
                crawl.initialBackoff(), crawl.maxBackoff(), crawl.robotsCacheTtl(),
                config.allowedPrivateHosts().orElse(List.of())));
    }
}

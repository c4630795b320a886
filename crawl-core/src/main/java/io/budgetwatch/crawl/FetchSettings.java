package io.budgetwatch.crawl;

import java.time.Duration;
import java.util.List;

/** How {@link PoliteFetcher} treats portals: identity, pacing, limits and the private addresses it may reach. */
public record FetchSettings(String userAgent, String robotName, Duration hostDelay, Duration connectTimeout,
        Duration fetchTimeout, int maxRedirects, int maxAttempts, Duration initialBackoff, Duration maxBackoff,
        Duration robotsCacheTtl, List<String> allowedPrivateHosts) {

    /** The defaults of {@link CrawlDefaults}, with the given allow-list. */
    public static FetchSettings defaults(List<String> allowedPrivateHosts) {
        return new FetchSettings(CrawlDefaults.USER_AGENT, CrawlDefaults.ROBOT_NAME,
                Duration.parse(CrawlDefaults.HOST_DELAY), Duration.parse(CrawlDefaults.CONNECT_TIMEOUT),
                Duration.parse(CrawlDefaults.FETCH_TIMEOUT), Integer.parseInt(CrawlDefaults.MAX_REDIRECTS),
                Integer.parseInt(CrawlDefaults.MAX_ATTEMPTS), Duration.parse(CrawlDefaults.INITIAL_BACKOFF),
                Duration.parse(CrawlDefaults.MAX_BACKOFF), Duration.parse(CrawlDefaults.ROBOTS_CACHE_TTL),
                List.copyOf(allowedPrivateHosts));
    }
}

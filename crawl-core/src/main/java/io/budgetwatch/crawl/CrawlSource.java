package io.budgetwatch.crawl;

import java.time.Duration;
import java.util.List;

/** A portal as the crawler sees it: its id, where to start, what to follow, how deep and how often again. */
public record CrawlSource(String id, List<String> startUrls, LinkRules rules, int maxDepth, Duration revisitInterval) {
}

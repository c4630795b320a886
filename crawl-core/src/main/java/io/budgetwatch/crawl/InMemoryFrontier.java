package io.budgetwatch.crawl;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A frontier in memory, for one process and one run at a time ({@code bw crawl}): the same claim order as the
 * PostgreSQL one (listings and shallow pages first, attachments after pages, then discovery order).
 */
public final class InMemoryFrontier implements Frontier {
    private static final Comparator<FrontierUrl> CLAIM_ORDER = Comparator.<FrontierUrl> comparingInt(u -> u.depth)
            .thenComparingInt(u -> u.kind == LinkKind.ATTACHMENT ? 1 : 0);

    private final Map<String, FrontierUrl> urls = new LinkedHashMap<>();
    private final Consumer<VisitEvent> history;

    /** {@code history} sees every visit as it is stored. */
    public InMemoryFrontier(Consumer<VisitEvent> history) {
        this.history = history;
    }

    @Override
    public synchronized void seed(String sourceId, List<String> startUrls, Instant now) {
        for (String start : startUrls) {
            urls.putIfAbsent(start, FrontierUrl.pending(start, sourceId, 0, LinkKind.PAGE, null, null, null, now));
        }
        urls.values().stream().filter(u -> u.sourceId.equals(sourceId) && u.status != UrlStatus.RETIRED
                && (u.depth == 0 || u.kind == LinkKind.PAGINATION)).forEach(u -> u.nextDueAt = now);
    }

    @Override
    public synchronized List<FrontierUrl> claim(String sourceId, Instant runStart, int limit) {
        Instant now = Instant.now();
        List<FrontierUrl> due = new ArrayList<>(urls.values().stream()
                .filter(u -> u.sourceId.equals(sourceId) && u.status != UrlStatus.RETIRED
                        && !u.nextDueAt.isAfter(now) && (u.lastFetchedAt == null || u.lastFetchedAt.isBefore(runStart)))
                .sorted(CLAIM_ORDER).limit(limit).toList());
        // Claimed URLs are not due again until completed.
        due.forEach(u -> u.nextDueAt = Instant.MAX);
        return due;
    }

    @Override
    public synchronized void complete(FrontierUrl visited, VisitEvent event, List<FrontierUrl> discovered) {
        urls.put(visited.url, visited);
        discovered.forEach(u -> urls.putIfAbsent(u.url, u));
        history.accept(event);
    }
}

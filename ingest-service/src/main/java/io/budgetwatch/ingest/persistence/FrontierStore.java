package io.budgetwatch.ingest.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.budgetwatch.crawl.LinkKind;
import io.budgetwatch.crawl.UrlStatus;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** The crawl frontier and fetch history in PostgreSQL: what survives a restart and what replicas share. */
@ApplicationScoped
public class FrontierStore {
    /**
     * Due, unleased, not retired URLs of one source not yet visited in this run, listings and shallow pages first;
     * rows another replica is claiming right now are skipped, not waited for.
     */
    private static final String CLAIM = """
            select * from crawl_url
            where source_id = ?1 and next_due_at <= ?2 and status <> 'RETIRED'
              and (leased_until is null or leased_until < ?2)
              and (last_fetched_at is null or last_fetched_at < ?3)
            order by depth, case kind when 'ATTACHMENT' then 1 else 0 end, discovered_at, url
            limit ?4
            for update skip locked""";

    /** Adds the start URLs not yet known, and makes every listing page of the source due now: each run re-reads them. */
    @WithTransaction
    public Uni<Void> seed(String sourceId, List<CrawlUrl> starts, Instant now) {
        return CrawlUrl.<CrawlUrl> list("url in ?1", starts.stream().map(u -> u.url).toList()).chain(existing -> {
            Set<String> known = existing.stream().map(u -> u.url).collect(Collectors.toSet());
            return persistAll(starts.stream().filter(u -> known.add(u.url)).toList());
        }).chain(() -> CrawlUrl.update("nextDueAt = ?1 where sourceId = ?2 and status <> ?3"
                + " and (depth = 0 or kind = ?4)", now, sourceId, UrlStatus.RETIRED, LinkKind.PAGINATION))
                .replaceWithVoid();
    }

    /** Claims up to {@code limit} URLs of the source due now and not visited since {@code runStart}. */
    @WithTransaction
    public Uni<List<CrawlUrl>> claim(String sourceId, Instant runStart, int limit, Duration lease) {
        Instant now = Instant.now();
        Instant leaseUntil = now.plus(lease);
        return Panache.getSession().chain(session -> session.createNativeQuery(CLAIM, CrawlUrl.class)
                .setParameter(1, sourceId).setParameter(2, now).setParameter(3, runStart).setParameter(4, limit)
                .getResultList())
                .invoke(claimed -> claimed.forEach(url -> url.leasedUntil = leaseUntil));
    }

    /**
     * Records a visit: the URL's new state, the history event, and the links found on it (new URLs only; a URL
     * already in the frontier keeps how it was first found).
     */
    @WithTransaction
    public Uni<Void> complete(CrawlUrl visited, CrawlEvent event, List<CrawlUrl> discovered) {
        visited.leasedUntil = null;
        List<String> urls = discovered.stream().map(u -> u.url).distinct().toList();
        Uni<List<CrawlUrl>> existing = urls.isEmpty() ? Uni.createFrom().item(List.of())
                : CrawlUrl.list("url in ?1", urls);
        return Panache.getSession().chain(session -> session.merge(visited))
                .chain(() -> event.persist())
                .chain(() -> existing)
                .chain(found -> {
                    Set<String> known = found.stream().map(u -> u.url).collect(Collectors.toSet());
                    return persistAll(discovered.stream().filter(u -> known.add(u.url)).toList());
                });
    }

    /** URL counts by status per source, for the sources' state. */
    @WithSession
    public Uni<List<StatusCount>> statusCounts() {
        return CrawlUrl.find("select sourceId, status, count(*), max(lastFetchedAt) from CrawlUrl"
                + " group by sourceId, status order by sourceId, status").project(StatusCount.class).list();
    }

    /** The retired URLs of a source: operators fix or remove the links. */
    @WithSession
    public Uni<List<CrawlUrl>> retired(String sourceId) {
        return CrawlUrl.list("sourceId = ?1 and status = ?2", Sort.by("url"), sourceId, UrlStatus.RETIRED);
    }

    @WithSession
    public Uni<List<CrawlEvent>> history(String sourceId, int limit) {
        return CrawlEvent.find("sourceId", Sort.by("at").descending().and("id").descending(), sourceId)
                .<CrawlEvent> page(0, limit).list();
    }

    /** Panache refuses to persist an empty list. */
    private static Uni<Void> persistAll(List<CrawlUrl> rows) {
        return rows.isEmpty() ? Uni.createFrom().voidItem() : CrawlUrl.persist(rows);
    }
}

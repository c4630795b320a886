package io.budgetwatch.ingest.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.budgetwatch.crawl.CrawlSource;
import io.budgetwatch.crawl.Crawler;
import io.budgetwatch.ingest.config.Sources;
import io.budgetwatch.ingest.persistence.CrawlEvent;
import io.budgetwatch.ingest.persistence.CrawlUrl;
import io.budgetwatch.ingest.persistence.FrontierStore;
import io.budgetwatch.ingest.persistence.StatusCount;
import io.budgetwatch.ingest.service.PortalCrawler;
import io.smallrye.mutiny.Uni;

/** The configured sources with their crawl state, their fetch history, and a crawl of one source on demand. */
@Path("/api/sources")
@Produces(MediaType.APPLICATION_JSON)
public class SourceResource {
    @Inject
    Sources sources;

    @Inject
    FrontierStore frontier;

    @Inject
    PortalCrawler crawler;

    /** A source's settings and state: URL counts by status, the last visit, and the retired URLs. */
    public record SourceState(String id, List<String> startUrls, List<String> allowedHosts, int maxDepth,
            Map<String, Long> urls, Instant lastFetchedAt, List<RetiredUrl> retired) {
    }

    public record RetiredUrl(String url, String pageUrl, Integer httpStatus, int failures) {
    }

    public record HistoryEntry(Instant at, String url, String outcome, Integer httpStatus, String documentId,
            String detail) {
    }

    @GET
    public Uni<List<SourceState>> list() {
        return frontier.statusCounts().chain(counts -> retiredOfAll().map(retired -> sources.all().stream()
                .map(source -> state(source, counts, retired.getOrDefault(source.id(), List.of()))).toList()));
    }

    @GET
    @Path("/{id}/history")
    public Uni<List<HistoryEntry>> history(@PathParam("id") String id,
            @QueryParam("limit") @DefaultValue("200") int limit) {
        source(id);
        return frontier.history(id, Math.min(Math.max(limit, 1), 5000)).map(events -> events.stream()
                .map(SourceResource::entry).toList());
    }

    /** Crawls one source now, at most {@code maxPages} requests (default crawl.max-pages); blocks until it ends. */
    @POST
    @Path("/{id}/crawls")
    public Crawler.Summary crawl(@PathParam("id") String id, @QueryParam("maxPages") Integer maxPages)
            throws InterruptedException {
        CrawlSource source = source(id);
        return maxPages == null ? crawler.crawl(source) : crawler.crawl(source, Math.max(maxPages, 1));
    }

    private CrawlSource source(String id) {
        return sources.byId(id).orElseThrow(() -> new NotFoundException("no source " + id));
    }

    private Uni<Map<String, List<RetiredUrl>>> retiredOfAll() {
        Map<String, List<RetiredUrl>> retired = new TreeMap<>();
        Uni<Void> all = Uni.createFrom().voidItem();
        for (CrawlSource source : sources.all()) {
            all = all.chain(() -> frontier.retired(source.id())).invoke(urls -> retired.put(source.id(),
                    urls.stream().map(SourceResource::retiredUrl).toList())).replaceWithVoid();
        }
        return all.replaceWith(retired);
    }

    private static SourceState state(CrawlSource source, List<StatusCount> counts, List<RetiredUrl> retired) {
        Map<String, Long> byStatus = new TreeMap<>();
        Instant last = null;
        for (StatusCount count : counts) {
            if (count.sourceId().equals(source.id())) {
                byStatus.put(count.status().name(), count.count());
                if (count.lastFetchedAt() != null && (last == null || count.lastFetchedAt().isAfter(last))) {
                    last = count.lastFetchedAt();
                }
            }
        }
        return new SourceState(source.id(), source.startUrls(), source.rules().allowedHosts().stream().sorted()
                .toList(), source.maxDepth(), byStatus, last, retired);
    }

    private static RetiredUrl retiredUrl(CrawlUrl url) {
        return new RetiredUrl(url.url, url.pageUrl, url.httpStatus, url.failures);
    }

    private static HistoryEntry entry(CrawlEvent event) {
        return new HistoryEntry(event.at, event.url, event.outcome, event.httpStatus, event.documentId,
                event.detail);
    }
}

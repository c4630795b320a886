package io.budgetwatch.ingest.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.budgetwatch.crawl.Frontier;
import io.budgetwatch.crawl.FrontierUrl;
import io.budgetwatch.crawl.LinkKind;
import io.budgetwatch.crawl.VisitEvent;
import io.budgetwatch.ingest.config.IngestConfig;
import io.budgetwatch.ingest.persistence.CrawlEvent;
import io.budgetwatch.ingest.persistence.CrawlUrl;
import io.budgetwatch.ingest.persistence.FrontierStore;

/** The crawler's frontier in PostgreSQL ({@link FrontierStore}), for the crawler's worker thread. */
@ApplicationScoped
public class PostgresFrontier implements Frontier {
    @Inject
    FrontierStore store;

    @Inject
    IngestConfig config;

    @Override
    public void seed(String sourceId, List<String> startUrls, Instant now) {
        List<CrawlUrl> starts = startUrls.stream()
                .map(u -> toRow(FrontierUrl.pending(u, sourceId, 0, LinkKind.PAGE, null, null, null, now))).toList();
        OnVertxContext.await(() -> store.seed(sourceId, starts, now));
    }

    @Override
    public List<FrontierUrl> claim(String sourceId, Instant runStart, int limit) {
        return OnVertxContext.await(() -> store.claim(sourceId, runStart, limit, config.crawl().leaseDuration()))
                .stream().map(PostgresFrontier::toFrontier).toList();
    }

    @Override
    public void complete(FrontierUrl visited, VisitEvent event, List<FrontierUrl> discovered) {
        CrawlEvent row = new CrawlEvent();
        row.sourceId = event.sourceId();
        row.url = event.url();
        row.at = event.at();
        row.outcome = event.outcome();
        row.httpStatus = event.httpStatus();
        row.documentId = event.documentId();
        row.detail = event.detail();
        OnVertxContext.await(() -> store.complete(toRow(visited), row,
                discovered.stream().map(PostgresFrontier::toRow).toList()));
    }

    private static FrontierUrl toFrontier(CrawlUrl row) {
        FrontierUrl url = new FrontierUrl();
        url.url = row.url;
        url.sourceId = row.sourceId;
        url.depth = row.depth;
        url.kind = row.kind;
        url.pageUrl = row.pageUrl;
        url.linkText = row.linkText;
        url.siblings = row.siblings;
        url.status = row.status;
        url.httpStatus = row.httpStatus;
        url.etag = row.etag;
        url.lastModified = row.lastModified;
        url.documentId = row.documentId;
        url.fileName = row.fileName;
        url.failures = row.failures;
        url.lastError = row.lastError;
        url.discoveredAt = row.discoveredAt;
        url.lastFetchedAt = row.lastFetchedAt;
        url.nextDueAt = row.nextDueAt;
        return url;
    }

    private static CrawlUrl toRow(FrontierUrl url) {
        CrawlUrl row = new CrawlUrl();
        row.url = url.url;
        row.sourceId = url.sourceId;
        row.depth = url.depth;
        row.kind = url.kind;
        row.pageUrl = url.pageUrl;
        row.linkText = url.linkText;
        row.siblings = url.siblings;
        row.status = url.status;
        row.httpStatus = url.httpStatus;
        row.etag = url.etag;
        row.lastModified = url.lastModified;
        row.documentId = url.documentId;
        row.fileName = url.fileName;
        row.failures = url.failures;
        row.lastError = url.lastError;
        row.discoveredAt = url.discoveredAt;
        row.lastFetchedAt = url.lastFetchedAt;
        row.nextDueAt = url.nextDueAt;
        return row;
    }
}

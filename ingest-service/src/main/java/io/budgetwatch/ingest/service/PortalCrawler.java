package io.budgetwatch.ingest.service;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.budgetwatch.events.DocumentDiscovered.Attachment;
import io.budgetwatch.events.EventJson;
import io.budgetwatch.ingest.config.IngestConfig;
import io.budgetwatch.ingest.config.Sources;
import io.budgetwatch.ingest.domain.CrawlSource;
import io.budgetwatch.ingest.domain.DocumentOrigin;
import io.budgetwatch.ingest.domain.FileNames;
import io.budgetwatch.ingest.domain.HtmlDecoding;
import io.budgetwatch.ingest.domain.LinkKind;
import io.budgetwatch.ingest.domain.PageLink;
import io.budgetwatch.ingest.domain.PageLinkExtractor;
import io.budgetwatch.ingest.persistence.CrawlEvent;
import io.budgetwatch.ingest.persistence.CrawlUrl;
import io.budgetwatch.ingest.persistence.FrontierStore;
import io.budgetwatch.ingest.persistence.UrlStatus;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;

/**
 * Crawls the configured portals from the frontier in PostgreSQL: listing pages and their pagination, the pages
 * they link (to {@code max-depth}), and the attachments of every page. A PDF (by its {@code %PDF} magic) goes to
 * {@link DocumentIngestion} with the page that links it, the link text and the page's other attachments; other
 * attachments are recorded as skipped. Every visit is stored (URL state and history) before the next one, so a
 * restart resumes where the crawl stopped. One source failing does not stop the others.
 */
@ApplicationScoped
public class PortalCrawler {
    private static final Logger LOG = Logger.getLogger(PortalCrawler.class);
    private static final int CLAIM_BATCH = 10;
    private static final int MAX_URL_LENGTH = 2048;
    private static final int MAX_TEXT_LENGTH = 1000;

    @Inject
    IngestConfig config;

    @Inject
    Sources sources;

    @Inject
    DocumentIngestion ingestion;

    @Inject
    FrontierStore frontier;

    @Inject
    PoliteFetcher fetcher;

    @Inject
    MeterRegistry metrics;

    /** What one crawl run of a source did. */
    public record CrawlSummary(String sourceId, int requests, int newDocuments) {
    }

    @Scheduled(every = "${budgetwatch.ingest.poll-interval:10m}", delayed = "${budgetwatch.ingest.initial-delay:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledCrawl() {
        crawlAll();
    }

    /** One crawl of every source; returns the number of new documents. */
    public int crawlAll() {
        ingestion.publishPending();
        int added = 0;
        for (CrawlSource source : sources.all()) {
            try {
                added += crawl(source).newDocuments();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return added;
            } catch (RuntimeException e) {
                metrics.counter("budgetwatch.ingest.crawl.failures", "source", source.id()).increment();
                LOG.errorf(e, "crawl of %s failed", source.id());
            }
        }
        return added;
    }

    /** One run over a source: everything due in its frontier, at most {@code crawl.max-pages} requests. */
    public CrawlSummary crawl(CrawlSource source) throws InterruptedException {
        return crawl(source, config.crawl().maxPages());
    }

    /** One run over a source, at most {@code maxPages} requests; the rest stays due in the frontier. */
    public CrawlSummary crawl(CrawlSource source, int maxPages) throws InterruptedException {
        Instant start = Instant.now();
        OnVertxContext.await(() -> frontier.seed(source.id(), source.startUrls(), start));
        int requests = 0;
        int added = 0;
        while (requests < maxPages) {
            int limit = Math.min(CLAIM_BATCH, maxPages - requests);
            List<CrawlUrl> batch = OnVertxContext.await(() -> frontier.claim(source.id(), start, limit,
                    config.crawl().leaseDuration()));
            if (batch.isEmpty()) {
                break;
            }
            for (CrawlUrl url : batch) {
                requests++;
                added += visit(source, url) ? 1 : 0;
            }
        }
        LOG.infof("crawl of %s: %d URLs visited, %d new documents, in %s", source.id(), requests, added,
                Duration.between(start, Instant.now()));
        return new CrawlSummary(source.id(), requests, added);
    }

    /** Visits one URL and stores the outcome; true when it brought a new document. */
    private boolean visit(CrawlSource source, CrawlUrl url) throws InterruptedException {
        Visit visit = new Visit(url, source.revisitInterval());
        try {
            if (url.kind == LinkKind.ATTACHMENT) {
                attachment(source, url, visit);
            } else {
                page(source, url, visit);
            }
        } catch (FetchFailure failure) {
            visit.failed(switch (failure.reason()) {
                case ROBOTS_DENIED -> UrlStatus.ROBOTS_DENIED;
                case TIMEOUT, NETWORK -> UrlStatus.FAILED;
                default -> UrlStatus.REFUSED;
            }, failure.reason().name(), null, failure.getMessage());
        } catch (RuntimeException e) {
            LOG.errorf(e, "visit of %s failed", url.url);
            visit.failed(UrlStatus.FAILED, "ERROR", null, String.valueOf(e.getMessage()));
        }
        metrics.counter("budgetwatch.ingest.crawl.visits", "source", source.id(), "outcome", visit.outcome)
                .increment();
        OnVertxContext.await(() -> frontier.complete(url, visit.event(source.id()), visit.discovered));
        return visit.newDocument;
    }

    private void page(CrawlSource source, CrawlUrl url, Visit visit) throws FetchFailure, InterruptedException {
        FetchResult answer = fetcher.get(URI.create(url.url), validators(url), config.crawl().maxPageBytes());
        if (answer.status() == 304) {
            visit.fetched(answer, "NOT_MODIFIED");
            return;
        }
        if (answer.status() != 200) {
            visit.httpFailure(answer);
            return;
        }
        if (looksLikePdf(answer.body())) {
            // A download link that looked like a page (e.g. /getFile?id=…): still a document.
            keepIfPdf(source, url, answer, FileNames.fromContentDisposition(answer.header("Content-Disposition"))
                    .orElse(FileNames.fromUrl(answer.url())), visit);
            return;
        }
        String html = HtmlDecoding.decode(answer.body(), answer.header("Content-Type"));
        List<PageLink> links = new PageLinkExtractor(source.rules()).extract(html, answer.url());
        List<PageLink> attachments = links.stream().filter(l -> l.kind() == LinkKind.ATTACHMENT).toList();
        for (PageLink link : links) {
            String target = link.url().toString();
            if (target.length() > MAX_URL_LENGTH || target.equals(url.url)) {
                continue;
            }
            switch (link.kind()) {
                case PAGINATION -> visit.discover(link, url.depth, url.url, null);
                case PAGE -> {
                    if (url.depth < source.maxDepth()) {
                        visit.discover(link, url.depth + 1, url.url, null);
                    }
                }
                case ATTACHMENT -> visit.discover(link, url.depth + 1, url.url, siblingsOf(link, attachments));
            }
        }
        visit.fetched(answer, "FETCHED");
        visit.detail = links.size() + " links, " + attachments.size() + " attachments";
    }

    private void attachment(CrawlSource source, CrawlUrl url, Visit visit) throws FetchFailure, InterruptedException {
        URI target = URI.create(url.url);
        String nameFromUrl = FileNames.fromUrl(target);
        if (!source.rules().allows(target)) {
            visit.skipped(nameFromUrl, "host " + target.getHost() + " is not an allowed host of the source");
            return;
        }
        if (FileNames.isSkippedType(nameFromUrl)) {
            visit.skipped(nameFromUrl, "not a PDF: " + nameFromUrl);
            return;
        }
        FetchResult answer = fetcher.get(target, validators(url), config.maxDocumentBytes());
        if (answer.status() == 304) {
            visit.fetched(answer, "NOT_MODIFIED");
            return;
        }
        if (answer.status() != 200) {
            visit.httpFailure(answer);
            return;
        }
        keepIfPdf(source, url, answer,
                FileNames.fromContentDisposition(answer.header("Content-Disposition")).orElse(nameFromUrl), visit);
    }

    /** Ingests the body when it is a PDF (with the page linking it); records it as skipped otherwise. */
    private void keepIfPdf(CrawlSource source, CrawlUrl url, FetchResult answer, String fileName, Visit visit) {
        if (!looksLikePdf(answer.body())) {
            visit.fetched(answer, "SKIPPED");
            visit.status = UrlStatus.SKIPPED;
            visit.fileName = fileName;
            visit.detail = "not a PDF (no %PDF- header): " + fileName + ", "
                    + (answer.header("Content-Type") == null ? "no Content-Type" : answer.header("Content-Type"));
            return;
        }
        var outcome = ingestion.ingest(answer.body(), new DocumentOrigin(source.id(), url.url, fileName,
                url.linkText == null || url.linkText.isEmpty() ? fileName : url.linkText, url.pageUrl, url.linkText,
                url.siblings == null ? List.of()
                        : List.of(EventJson.read(url.siblings.getBytes(StandardCharsets.UTF_8), Attachment[].class))));
        visit.fetched(answer, outcome.duplicate() ? "DUPLICATE_DOCUMENT" : "NEW_DOCUMENT");
        visit.fileName = fileName;
        visit.documentId = outcome.documentId();
        visit.newDocument = !outcome.duplicate();
    }

    private static String siblingsOf(PageLink link, List<PageLink> attachments) {
        return EventJson.writeString(attachments.stream().filter(a -> !a.url().equals(link.url()))
                .map(a -> new Attachment(a.url().toString(), a.text())).toList());
    }

    private static Map<String, String> validators(CrawlUrl url) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (url.status == UrlStatus.FETCHED && url.etag != null) {
            headers.put("If-None-Match", url.etag);
        }
        if (url.status == UrlStatus.FETCHED && url.lastModified != null) {
            headers.put("If-Modified-Since", url.lastModified);
        }
        return headers;
    }

    /** A portal's error page served with 200 is not a disclosure; PDFs start with %PDF- (possibly after junk). */
    private static boolean looksLikePdf(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 1024), StandardCharsets.ISO_8859_1);
        return head.contains("%PDF-");
    }

    private static String clip(String text) {
        return text == null || text.length() <= MAX_TEXT_LENGTH ? text : text.substring(0, MAX_TEXT_LENGTH);
    }

    /** The outcome of one visit, applied to the URL's row and its history event. */
    private final class Visit {
        final CrawlUrl url;
        final List<CrawlUrl> discovered = new ArrayList<>();
        final Instant now = Instant.now();
        final Duration revisitInterval;
        UrlStatus status;
        String outcome;
        Integer httpStatus;
        String detail;
        String fileName;
        String documentId;
        boolean newDocument;

        Visit(CrawlUrl url, Duration revisitInterval) {
            this.url = url;
            this.revisitInterval = revisitInterval;
        }

        void discover(PageLink link, int depth, String pageUrl, String siblings) {
            discovered.add(FrontierStore.pending(link.url().toString(), url.sourceId, depth, link.kind(), pageUrl,
                    clip(link.text()), siblings, now));
        }

        void fetched(FetchResult answer, String outcome) {
            this.status = UrlStatus.FETCHED;
            this.outcome = outcome;
            this.httpStatus = answer.status();
            if (answer.status() == 200) {
                url.etag = answer.header("ETag");
                url.lastModified = answer.header("Last-Modified");
            }
        }

        void skipped(String fileName, String why) {
            this.status = UrlStatus.SKIPPED;
            this.outcome = "SKIPPED";
            this.fileName = fileName;
            this.detail = why;
        }

        void httpFailure(FetchResult answer) {
            boolean gone = answer.status() == 404 || answer.status() == 410;
            boolean retire = gone && url.failures + 1 >= config.crawl().retireAfterFailures();
            if (retire) {
                LOG.warnf("retiring %s of %s: HTTP %d on %d crawls in a row", url.url, url.sourceId, answer.status(),
                        url.failures + 1);
                metrics.counter("budgetwatch.ingest.crawl.retired", "source", url.sourceId).increment();
            }
            failed(retire ? UrlStatus.RETIRED : UrlStatus.FAILED, retire ? "RETIRED" : "HTTP_" + answer.status(),
                    answer.status(), "HTTP " + answer.status() + (retire ? ", retired" : ""));
        }

        void failed(UrlStatus status, String outcome, Integer httpStatus, String detail) {
            this.status = status;
            this.outcome = outcome;
            this.httpStatus = httpStatus;
            this.detail = detail;
        }

        CrawlEvent event(String sourceId) {
            boolean failure = status == UrlStatus.FAILED || status == UrlStatus.RETIRED;
            url.status = status;
            url.httpStatus = httpStatus;
            url.failures = failure ? url.failures + 1 : 0;
            url.lastError = failure || status == UrlStatus.REFUSED || status == UrlStatus.ROBOTS_DENIED
                    ? clip(detail) : null;
            url.lastFetchedAt = now;
            if (fileName != null) {
                url.fileName = clip(fileName);
            }
            if (documentId != null) {
                url.documentId = documentId;
            }
            // A failure is asked again on the next run; a success when the revisit interval has passed.
            url.nextDueAt = failure ? Instant.now() : Instant.now().plus(revisitInterval);
            CrawlEvent event = new CrawlEvent();
            event.sourceId = sourceId;
            event.url = url.url;
            event.at = now;
            event.outcome = outcome;
            event.httpStatus = httpStatus;
            event.documentId = documentId;
            event.detail = clip(detail);
            return event;
        }
    }
}

package io.budgetwatch.crawl;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.budgetwatch.events.DocumentDiscovered.Attachment;
import io.budgetwatch.events.EventJson;

/**
 * Crawls a source from its frontier: listing pages and their pagination, the pages they link (to the source's
 * max depth), and the attachments of every page. A PDF (by its {@code %PDF} magic) goes to the {@link DocumentSink}
 * with the page that links it, the link text and the page's other attachments; other attachments are recorded as
 * skipped. Every visit is stored before the next one, so an interrupted crawl resumes where it stopped.
 */
public final class Crawler {
    private static final System.Logger LOG = System.getLogger(Crawler.class.getName());
    private static final int CLAIM_BATCH = 10;
    private static final int MAX_URL_LENGTH = 2048;
    private static final int MAX_TEXT_LENGTH = 1000;

    /** Body caps and the number of 404/410 crawls in a row after which a URL is retired. */
    public record Limits(long maxPageBytes, long maxDocumentBytes, int retireAfterFailures) {
    }

    /** What one crawl run of a source did. */
    public record Summary(String sourceId, int requests, int newDocuments) {
    }

    private final PoliteFetcher fetcher;
    private final Frontier frontier;
    private final DocumentSink sink;
    private final Limits limits;
    private final CrawlListener listener;

    public Crawler(PoliteFetcher fetcher, Frontier frontier, DocumentSink sink, Limits limits,
            CrawlListener listener) {
        this.fetcher = fetcher;
        this.frontier = frontier;
        this.sink = sink;
        this.limits = limits;
        this.listener = listener;
    }

    /** One run over a source, at most {@code maxPages} requests; the rest stays due in the frontier. */
    public Summary crawl(CrawlSource source, int maxPages) throws InterruptedException {
        Instant start = Instant.now();
        frontier.seed(source.id(), source.startUrls(), start);
        int requests = 0;
        int added = 0;
        while (requests < maxPages) {
            List<FrontierUrl> batch = frontier.claim(source.id(), start, Math.min(CLAIM_BATCH, maxPages - requests));
            if (batch.isEmpty()) {
                break;
            }
            for (FrontierUrl url : batch) {
                requests++;
                added += visit(source, url) ? 1 : 0;
            }
        }
        int visited = requests;
        int found = added;
        LOG.log(System.Logger.Level.INFO, () -> "crawl of " + source.id() + ": " + visited + " URLs visited, " + found
                + " new documents, in " + Duration.between(start, Instant.now()));
        return new Summary(source.id(), requests, added);
    }

    /** Visits one URL and stores the outcome; true when it brought a new document. */
    private boolean visit(CrawlSource source, FrontierUrl url) throws InterruptedException {
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
            LOG.log(System.Logger.Level.ERROR, "visit of " + url.url + " failed", e);
            visit.failed(UrlStatus.FAILED, "ERROR", null, String.valueOf(e.getMessage()));
        }
        listener.visited(source.id(), visit.outcome);
        frontier.complete(url, visit.event(), visit.discovered);
        return visit.newDocument;
    }

    private void page(CrawlSource source, FrontierUrl url, Visit visit) throws FetchFailure, InterruptedException {
        FetchResult answer = fetcher.get(URI.create(url.url), validators(url), limits.maxPageBytes());
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

    private void attachment(CrawlSource source, FrontierUrl url, Visit visit)
            throws FetchFailure, InterruptedException {
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
        FetchResult answer = fetcher.get(target, validators(url), limits.maxDocumentBytes());
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

    /** Hands the body to the sink when it is a PDF (with the page linking it); records it as skipped otherwise. */
    private void keepIfPdf(CrawlSource source, FrontierUrl url, FetchResult answer, String fileName, Visit visit) {
        if (!looksLikePdf(answer.body())) {
            visit.fetched(answer, "SKIPPED");
            visit.status = UrlStatus.SKIPPED;
            visit.fileName = fileName;
            visit.detail = "not a PDF (no %PDF- header): " + fileName + ", "
                    + (answer.header("Content-Type") == null ? "no Content-Type" : answer.header("Content-Type"));
            return;
        }
        List<Attachment> siblings = url.siblings == null ? List.of()
                : List.of(EventJson.read(url.siblings.getBytes(StandardCharsets.UTF_8), Attachment[].class));
        DocumentSink.Accepted accepted = sink.accept(new DocumentSink.FoundDocument(source.id(), url.url, fileName,
                url.linkText == null || url.linkText.isEmpty() ? fileName : url.linkText, url.pageUrl, url.linkText,
                siblings, answer.body()));
        visit.fetched(answer, accepted.duplicate() ? "DUPLICATE_DOCUMENT" : "NEW_DOCUMENT");
        visit.fileName = fileName;
        visit.documentId = accepted.documentId();
        visit.newDocument = !accepted.duplicate();
    }

    private static String siblingsOf(PageLink link, List<PageLink> attachments) {
        return EventJson.writeString(attachments.stream().filter(a -> !a.url().equals(link.url()))
                .map(a -> new Attachment(a.url().toString(), a.text())).toList());
    }

    private static Map<String, String> validators(FrontierUrl url) {
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

    /** The outcome of one visit, applied to the URL's state and its history event. */
    private final class Visit {
        final FrontierUrl url;
        final List<FrontierUrl> discovered = new ArrayList<>();
        final Instant now = Instant.now();
        final Duration revisitInterval;
        UrlStatus status;
        String outcome;
        Integer httpStatus;
        String detail;
        String fileName;
        String documentId;
        boolean newDocument;

        Visit(FrontierUrl url, Duration revisitInterval) {
            this.url = url;
            this.revisitInterval = revisitInterval;
        }

        void discover(PageLink link, int depth, String pageUrl, String siblings) {
            discovered.add(FrontierUrl.pending(link.url().toString(), url.sourceId, depth, link.kind(), pageUrl,
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
            boolean retire = gone && url.failures + 1 >= limits.retireAfterFailures();
            if (retire) {
                LOG.log(System.Logger.Level.WARNING, "retiring " + url.url + " of " + url.sourceId + ": HTTP "
                        + answer.status() + " on " + (url.failures + 1) + " crawls in a row");
                listener.retired(url.sourceId, url.url);
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

        VisitEvent event() {
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
            return new VisitEvent(url.sourceId, url.url, now, outcome, httpStatus, documentId, clip(detail));
        }
    }
}

package io.budgetwatch.ingest.service;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.budgetwatch.ingest.config.IngestConfig;
import io.budgetwatch.ingest.domain.DocumentOrigin;
import io.budgetwatch.ingest.domain.PdfLink;
import io.budgetwatch.ingest.domain.PdfLinkExtractor;
import io.budgetwatch.ingest.persistence.DocumentStore;
import io.budgetwatch.ingest.persistence.FetchedUrl;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;

/**
 * Crawls the configured portal listing pages: finds PDF links, downloads those that changed since the last crawl
 * (conditional GET), and hands them to {@link DocumentIngestion}. One source failing does not stop the others;
 * each failure is logged with the URL and counted.
 */
@ApplicationScoped
public class PortalCrawler {
    private static final Logger LOG = Logger.getLogger(PortalCrawler.class);

    @Inject
    IngestConfig config;

    @Inject
    DocumentIngestion ingestion;

    @Inject
    DocumentStore store;

    @Inject
    MeterRegistry metrics;

    private final PdfLinkExtractor extractor = new PdfLinkExtractor();
    private HttpClient http;

    @PostConstruct
    void init() {
        http = HttpClient.newBuilder().connectTimeout(config.fetchTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
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
        for (String source : config.sources().orElse(List.of())) {
            try {
                added += crawl(URI.create(source.trim()));
            } catch (IOException | RuntimeException e) {
                metrics.counter("budgetwatch.ingest.crawl.failures", "source", source).increment();
                LOG.errorf("crawl of %s failed: %s", source, e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return added;
            }
        }
        return added;
    }

    private int crawl(URI source) throws IOException, InterruptedException {
        HttpResponse<String> page = http.send(request(source).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (page.statusCode() != 200) {
            throw new IOException("listing page answered HTTP " + page.statusCode());
        }
        List<PdfLink> links = extractor.extract(page.body(), source);
        LOG.infof("crawl of %s: %d PDF links", source, links.size());
        int added = 0;
        for (PdfLink link : links) {
            try {
                added += fetch(source, link) ? 1 : 0;
            } catch (IOException | RuntimeException e) {
                metrics.counter("budgetwatch.ingest.download.failures").increment();
                LOG.errorf("download of %s failed: %s", link.url(), e.getMessage());
            }
        }
        return added;
    }

    private boolean fetch(URI source, PdfLink link) throws IOException, InterruptedException {
        String url = link.url().toString();
        FetchedUrl previous = OnVertxContext.await(() -> store.fetched(url));
        HttpRequest.Builder request = request(link.url());
        if (previous != null && previous.etag != null) {
            request.header("If-None-Match", previous.etag);
        }
        if (previous != null && previous.lastModified != null) {
            request.header("If-Modified-Since", previous.lastModified);
        }
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() == 304) {
            return false;
        }
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode());
        }
        if (!looksLikePdf(response.body())) {
            throw new IOException("the link answered with something that is not a PDF (no %PDF- header), "
                    + response.headers().firstValue("Content-Type").orElse("no Content-Type"));
        }
        var outcome = ingestion.ingest(response.body(),
                new DocumentOrigin(source.toString(), url, fileName(link.url()), link.title()));
        OnVertxContext.await(() -> store.rememberFetch(url, response.headers().firstValue("ETag").orElse(null),
                response.headers().firstValue("Last-Modified").orElse(null), outcome.documentId()));
        return !outcome.duplicate();
    }

    private HttpRequest.Builder request(URI url) {
        return HttpRequest.newBuilder(url).timeout(config.fetchTimeout()).header("User-Agent", "budgetwatch-ingest");
    }

    /** A portal's error page served with 200 is not a disclosure; PDFs start with %PDF- (possibly after junk). */
    private static boolean looksLikePdf(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 1024), StandardCharsets.ISO_8859_1);
        return head.contains("%PDF-");
    }

    private static String fileName(URI url) {
        String path = url.getPath();
        return path == null ? null : path.substring(path.lastIndexOf('/') + 1);
    }
}

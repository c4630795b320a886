package io.budgetwatch.ingest.service;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.budgetwatch.crawl.CrawlListener;
import io.budgetwatch.crawl.CrawlSource;
import io.budgetwatch.crawl.Crawler;
import io.budgetwatch.crawl.DocumentSink;
import io.budgetwatch.crawl.PoliteFetcher;
import io.budgetwatch.ingest.config.IngestConfig;
import io.budgetwatch.ingest.config.Sources;
import io.budgetwatch.ingest.domain.DocumentOrigin;
import io.budgetwatch.ingest.domain.IngestOutcome;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;

/**
 * Runs the {@link Crawler} over the configured sources, on the schedule or on demand, with the frontier in
 * PostgreSQL and every PDF found going to {@link DocumentIngestion}. One source failing does not stop the others.
 */
@ApplicationScoped
public class PortalCrawler {
    private static final Logger LOG = Logger.getLogger(PortalCrawler.class);

    @Inject
    IngestConfig config;

    @Inject
    Sources sources;

    @Inject
    DocumentIngestion ingestion;

    @Inject
    PostgresFrontier frontier;

    @Inject
    PoliteFetcher fetcher;

    @Inject
    MeterRegistry metrics;

    private Crawler crawler;

    @PostConstruct
    void init() {
        DocumentSink sink = found -> {
            IngestOutcome outcome = ingestion.ingest(found.content(), new DocumentOrigin(found.sourceId(),
                    found.url(), found.fileName(), found.title(), found.pageUrl(), found.linkText(),
                    found.siblings()));
            return new DocumentSink.Accepted(outcome.documentId(), outcome.duplicate());
        };
        CrawlListener counters = new CrawlListener() {
            @Override
            public void visited(String sourceId, String outcome) {
                metrics.counter("budgetwatch.ingest.crawl.visits", "source", sourceId, "outcome", outcome).increment();
            }

            @Override
            public void retired(String sourceId, String url) {
                metrics.counter("budgetwatch.ingest.crawl.retired", "source", sourceId).increment();
            }
        };
        crawler = new Crawler(fetcher, frontier, sink, new Crawler.Limits(config.crawl().maxPageBytes(),
                config.maxDocumentBytes(), config.crawl().retireAfterFailures()), counters);
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
    public Crawler.Summary crawl(CrawlSource source) throws InterruptedException {
        return crawl(source, config.crawl().maxPages());
    }

    /** One run over a source, at most {@code maxPages} requests; the rest stays due in the frontier. */
    public Crawler.Summary crawl(CrawlSource source, int maxPages) throws InterruptedException {
        return crawler.crawl(source, maxPages);
    }
}

package io.budgetwatch.parseservice.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.budgetwatch.events.DisclosureParsed;
import io.budgetwatch.events.DocumentDiscovered;
import io.budgetwatch.parse.DisclosureReader;
import io.budgetwatch.parse.DocumentRef;
import io.budgetwatch.parse.ReaderLimits;
import io.budgetwatch.parse.UnreadableDocumentException;
import io.budgetwatch.parseservice.config.ParseConfig;
import io.micrometer.core.instrument.MeterRegistry;

/** Fetch, verify, read: blocking CPU work, called on a worker thread. */
@ApplicationScoped
public class ParsingService {
    @Inject
    ContentFetcher fetcher;

    @Inject
    MeterRegistry metrics;

    private final DisclosureReader reader;

    @Inject
    public ParsingService(ParseConfig config) {
        // Built here, not in the config interface: config mappings are loaded outside the application class loader.
        this.reader = new DisclosureReader(new ReaderLimits(config.maxBytes(), config.maxPages(), config.timeout()));
    }

    public DisclosureParsed parse(DocumentDiscovered document) {
        byte[] content = fetcher.fetch(document);
        try {
            DisclosureParsed parsed = metrics.timer("budgetwatch.parse.duration").recordCallable(() -> reader.read(
                    content, new DocumentRef(document.documentId(), document.sourceUrl(), document.fileName())));
            metrics.counter("budgetwatch.parse.documents", "outcome", "parsed").increment();
            metrics.counter("budgetwatch.parse.pages").increment(parsed.pages());
            return parsed;
        } catch (UnreadableDocumentException e) {
            metrics.counter("budgetwatch.parse.documents", "outcome", e.reason().name()).increment();
            throw new DocumentRejectedException(e.reason().name(), document.documentId(),
                    describe(document) + (e.page() == null ? "" : " (page " + e.page() + ")") + ": " + e.getMessage(),
                    e);
        } catch (Exception e) {
            metrics.counter("budgetwatch.parse.documents", "outcome", "ERROR").increment();
            throw new DocumentRejectedException("READER_ERROR", document.documentId(),
                    describe(document) + ": " + e, e);
        }
    }

    private static String describe(DocumentDiscovered document) {
        return document.fileName() == null ? "(no file name)" : document.fileName();
    }
}

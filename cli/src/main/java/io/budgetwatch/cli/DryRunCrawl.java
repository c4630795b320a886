package io.budgetwatch.cli;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import io.budgetwatch.crawl.CrawlDefaults;
import io.budgetwatch.crawl.CrawlListener;
import io.budgetwatch.crawl.CrawlSource;
import io.budgetwatch.crawl.Crawler;
import io.budgetwatch.crawl.DocumentSink;
import io.budgetwatch.crawl.FetchSettings;
import io.budgetwatch.crawl.InMemoryFrontier;
import io.budgetwatch.crawl.LinkRules;
import io.budgetwatch.crawl.PoliteFetcher;
import io.budgetwatch.events.DocumentIds;
import io.budgetwatch.events.EventJson;

/**
 * {@code bw crawl}: ingest-service's crawler (same discovery, manners and safety, same defaults) over one start URL,
 * with the frontier in memory and nothing stored or published. Prints one JSON line per document found (the same
 * bytes under two URLs are one document); on stderr each refused or failed visit with its reason, and a summary.
 */
final class DryRunCrawl {
    /** The environment variable ingest-service reads for the same allow-list. */
    static final String ALLOWED_PRIVATE_HOSTS = "BUDGETWATCH_INGEST_ALLOWED_PRIVATE_HOSTS";

    /** Visit outcomes that need no explanation on stderr. */
    private static final Set<String> FOUND_OR_FINE = Set.of("FETCHED", "NOT_MODIFIED", "NEW_DOCUMENT",
            "DUPLICATE_DOCUMENT", "SKIPPED");

    /** One document found, as printed. */
    record Found(String url, String pageUrl, String fileName, String linkText, String sha256, long bytes) {
    }

    private final PrintStream out;
    private final PrintStream err;
    private final List<String> allowedPrivateHosts;

    DryRunCrawl(PrintStream out, PrintStream err, Map<String, String> environment) {
        this.out = out;
        this.err = err;
        this.allowedPrivateHosts = Optional.ofNullable(environment.get(ALLOWED_PRIVATE_HOSTS)).stream()
                .flatMap(v -> Arrays.stream(v.split(","))).map(String::strip).filter(h -> !h.isEmpty()).toList();
    }

    int run(URI start, int maxPages) throws InterruptedException {
        Map<String, Integer> outcomes = new TreeMap<>();
        Set<String> printed = new HashSet<>();
        DocumentSink sink = found -> {
            String sha256 = DocumentIds.of(found.content());
            boolean duplicate = !printed.add(sha256);
            if (!duplicate) {
                out.println(EventJson.writeString(new Found(found.url(), found.pageUrl(), found.fileName(),
                        found.linkText(), sha256, found.content().length)));
            }
            return new DocumentSink.Accepted(sha256, duplicate);
        };
        InMemoryFrontier frontier = new InMemoryFrontier(visit -> {
            outcomes.merge(visit.outcome(), 1, Integer::sum);
            if (!FOUND_OR_FINE.contains(visit.outcome())) {
                err.println("bw crawl: " + visit.outcome() + " " + visit.url() + ": " + visit.detail());
            }
        });
        Crawler crawler = new Crawler(new PoliteFetcher(FetchSettings.defaults(allowedPrivateHosts)), frontier, sink,
                new Crawler.Limits(Long.parseLong(CrawlDefaults.MAX_PAGE_BYTES),
                        Long.parseLong(CrawlDefaults.MAX_DOCUMENT_BYTES),
                        Integer.parseInt(CrawlDefaults.RETIRE_AFTER_FAILURES)),
                CrawlListener.NONE);
        CrawlSource source = new CrawlSource(start.toString(), List.of(start.toString()),
                LinkRules.of(Set.of(start.getHost().toLowerCase(Locale.ROOT)), Optional.empty(), Optional.empty(),
                        Optional.empty()),
                Integer.parseInt(CrawlDefaults.MAX_DEPTH), Duration.parse(CrawlDefaults.REVISIT_INTERVAL));
        Crawler.Summary summary = crawler.crawl(source, maxPages);
        err.println("bw crawl: " + summary.requests() + " URLs visited, " + printed.size() + " documents; outcomes "
                + outcomes + (summary.requests() >= maxPages ? "; stopped at --max-pages " + maxPages : ""));
        return ExitCode.OK;
    }
}

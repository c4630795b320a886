package io.budgetwatch.ingest.config;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.budgetwatch.crawl.CrawlSource;
import io.budgetwatch.crawl.LinkRules;

/** The configured sources: each URL of {@code sources} with the defaults, then the named ones in id order. */
@ApplicationScoped
public class Sources {
    @Inject
    IngestConfig config;

    public List<CrawlSource> all() {
        List<CrawlSource> sources = new ArrayList<>();
        for (String url : config.sources().orElse(List.of())) {
            String start = url.strip();
            if (!start.isEmpty()) {
                sources.add(new CrawlSource(start, List.of(start), LinkRules.of(hostsOf(List.of(start)),
                        Optional.empty(), Optional.empty(), Optional.empty()), config.crawl().maxDepth(),
                        config.crawl().revisitInterval()));
            }
        }
        for (Map.Entry<String, IngestConfig.Source> named : new TreeMap<>(config.source()).entrySet()) {
            IngestConfig.Source source = named.getValue();
            List<String> starts = source.startUrls().stream().map(String::strip).toList();
            Set<String> hosts = source.allowedHosts().map(h -> lowerCase(h)).orElseGet(() -> hostsOf(starts));
            sources.add(new CrawlSource(named.getKey(), starts, LinkRules.of(hosts, source.paginationPattern(),
                    source.attachmentPattern(), source.pagePattern()),
                    source.maxDepth().orElse(config.crawl().maxDepth()),
                    source.revisitInterval().orElse(config.crawl().revisitInterval())));
        }
        return sources;
    }

    public Optional<CrawlSource> byId(String id) {
        return all().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    private static Set<String> hostsOf(List<String> urls) {
        Set<String> hosts = new LinkedHashSet<>();
        urls.forEach(u -> hosts.add(URI.create(u).getHost().toLowerCase(Locale.ROOT)));
        return hosts;
    }

    private static Set<String> lowerCase(List<String> hosts) {
        Set<String> lower = new LinkedHashSet<>();
        hosts.forEach(h -> lower.add(h.strip().toLowerCase(Locale.ROOT)));
        return lower;
    }
}

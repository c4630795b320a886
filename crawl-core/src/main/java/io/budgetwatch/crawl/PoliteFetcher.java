package io.budgetwatch.crawl;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import io.budgetwatch.crawl.FetchFailure.Reason;

/**
 * Every request the crawler makes goes through here, with the manners and safety of the crawler: http/https only;
 * every hop's host resolved and refused when not public (unless allow-listed); robots.txt obeyed (crawler-commons,
 * RFC 9309); one request at a time per host, spaced by the host delay or a longer Crawl-delay; redirects followed
 * by hand (each hop checked again, loops refused, at most {@code max-redirects}); bodies capped while streaming and
 * the whole exchange bounded in time; 5xx/429 and network failures retried with exponential back-off, honouring
 * Retry-After. Callers are worker threads: this blocks. Thread-safe; one instance per process keeps the per-host
 * spacing.
 */
public class PoliteFetcher {
    private static final System.Logger LOG = System.getLogger(PoliteFetcher.class.getName());
    private static final long ERROR_BODY_CAP = 64 * 1024;
    private static final long ROBOTS_CAP = 500 * 1024;
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final FetchSettings settings;
    private final HttpClient http;
    private final AddressPolicy addresses;
    private final SimpleRobotRulesParser robotsParser = new SimpleRobotRulesParser();
    private final Map<String, CachedRules> robots = new ConcurrentHashMap<>();
    private final Map<String, Instant> nextSlot = new ConcurrentHashMap<>();

    private record CachedRules(BaseRobotRules rules, Instant fetchedAt) {
    }

    public PoliteFetcher(FetchSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
        this.addresses = AddressPolicy.allowing(new HashSet<>(settings.allowedPrivateHosts()));
    }

    /** GET {@code url} (conditional when validators are given), its 200 body capped at {@code maxBytes}. */
    public FetchResult get(URI url, Map<String, String> validators, long maxBytes)
            throws FetchFailure, InterruptedException {
        for (int attempt = 1;; attempt++) {
            FetchResult result;
            try {
                result = followRedirects(url, validators, maxBytes, true);
            } catch (FetchFailure failure) {
                if (failure.reason() != Reason.NETWORK || !backOff(url, attempt, null)) {
                    throw failure;
                }
                continue;
            }
            boolean retryable = result.status() == 429 || result.status() >= 500;
            if (!retryable || !backOff(url, attempt, result.header("Retry-After"))) {
                return result;
            }
        }
    }

    /**
     * Pushes the host's next turn back by the back-off (or Retry-After), so the next attempt waits for it; false when
     * the attempts are used up or the wait asked for is longer than {@code maxBackoff}.
     */
    private boolean backOff(URI url, int attempt, String retryAfter) {
        if (attempt >= settings.maxAttempts()) {
            return false;
        }
        Duration wait = RetryAfter.parse(retryAfter, Instant.now())
                .orElse(settings.initialBackoff().multipliedBy(1L << Math.min(attempt - 1, 20)));
        if (wait.compareTo(settings.maxBackoff()) > 0) {
            return false;
        }
        LOG.log(System.Logger.Level.DEBUG, () -> "attempt " + attempt + " of " + url + " failed, retrying in " + wait);
        reserve(url, wait);
        return true;
    }

    private FetchResult followRedirects(URI start, Map<String, String> validators, long maxBytes, boolean obeyRobots)
            throws FetchFailure, InterruptedException {
        Set<URI> visited = new HashSet<>();
        URI url = start;
        for (int hops = 0;; hops++) {
            if (!visited.add(url)) {
                throw new FetchFailure(Reason.REDIRECT_LOOP, "redirect loop back to " + url);
            }
            checkAddress(url);
            if (obeyRobots && !rulesFor(url).isAllowed(url.toString())) {
                throw new FetchFailure(Reason.ROBOTS_DENIED, "robots.txt of " + url.getAuthority() + " disallows "
                        + url);
            }
            FetchResult result = once(url, validators, maxBytes);
            String location = result.header("Location");
            if (!REDIRECTS.contains(result.status()) || location == null) {
                return result;
            }
            if (hops >= settings.maxRedirects()) {
                throw new FetchFailure(Reason.TOO_MANY_REDIRECTS, "more than " + settings.maxRedirects()
                        + " redirects from " + start);
            }
            try {
                url = url.resolve(location.strip());
            } catch (IllegalArgumentException e) {
                throw new FetchFailure(Reason.REFUSED, "unreadable redirect Location " + location);
            }
        }
    }

    /** One exchange with the host, in its turn, bounded in time and size. */
    private FetchResult once(URI url, Map<String, String> validators, long maxBytes)
            throws FetchFailure, InterruptedException {
        awaitTurn(url);
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(settings.fetchTimeout())
                .header("User-Agent", settings.userAgent());
        validators.forEach(request::header);
        var future = http.sendAsync(request.build(), info -> {
            long cap = info.statusCode() == 200 ? maxBytes : ERROR_BODY_CAP;
            long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
            boolean fail = info.statusCode() == 200;
            return fail && declared > cap ? CappedBody.refusing(cap) : new CappedBody(cap, fail);
        });
        try {
            HttpResponse<byte[]> response = future.get(settings.fetchTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return new FetchResult(url, response.statusCode(), response.headers(), response.body());
        } catch (TimeoutException e) {
            throw new FetchFailure(Reason.TIMEOUT, "no complete answer from " + url + " within "
                    + settings.fetchTimeout());
        } catch (ExecutionException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof CappedBody.TooLarge) {
                    throw new FetchFailure(Reason.TOO_LARGE, url + ": " + cause.getMessage());
                }
            }
            if (e.getCause() instanceof HttpTimeoutException && !(e.getCause() instanceof HttpConnectTimeoutException)) {
                throw new FetchFailure(Reason.TIMEOUT, url + ": " + e.getCause().getMessage());
            }
            throw new FetchFailure(Reason.NETWORK, url + ": " + e.getCause(), e.getCause());
        } finally {
            future.cancel(true);
            release(url);
        }
    }

    /** http/https only, and every address the host resolves to must be public or allow-listed. */
    private void checkAddress(URI url) throws FetchFailure {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            throw new FetchFailure(Reason.REFUSED, "not an http(s) URL: " + url);
        }
        String host = url.getHost().startsWith("[") ? url.getHost().substring(1, url.getHost().length() - 1)
                : url.getHost();
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                Optional<String> refusal = addresses.refusal(host, address);
                if (refusal.isPresent()) {
                    throw new FetchFailure(Reason.REFUSED, "refused " + url + ": " + refusal.get());
                }
            }
        } catch (UnknownHostException e) {
            throw new FetchFailure(Reason.NETWORK, "unknown host " + host);
        }
    }

    /** The host's robots.txt rules for this crawler, fetched (through the same safety) at most once per TTL. */
    private BaseRobotRules rulesFor(URI url) throws InterruptedException {
        String key = hostKey(url);
        CachedRules cached = robots.get(key);
        if (cached != null && cached.fetchedAt().plus(settings.robotsCacheTtl()).isAfter(Instant.now())) {
            return cached.rules();
        }
        URI robotsUrl = URI.create(url.getScheme() + "://" + url.getRawAuthority() + "/robots.txt");
        BaseRobotRules rules;
        try {
            FetchResult answer = followRedirects(robotsUrl, Map.of(), ROBOTS_CAP, false);
            rules = answer.status() == 200
                    ? robotsParser.parseContent(robotsUrl.toString(), answer.body(),
                            Optional.ofNullable(answer.header("Content-Type")).orElse("text/plain"),
                            List.of(settings.robotName().toLowerCase(Locale.ROOT)))
                    : robotsParser.failedFetch(answer.status());
        } catch (FetchFailure e) {
            // RFC 9309 §2.3.1.4: an unreachable robots.txt means complete disallow, until it can be read.
            LOG.log(System.Logger.Level.WARNING, "robots.txt of " + key + " unreachable (" + e.getMessage()
                    + "): nothing on the host is fetched for now");
            rules = robotsParser.failedFetch(503);
        }
        robots.put(key, new CachedRules(rules, Instant.now()));
        reserve(url, delayOf(url));
        return rules;
    }

    private void awaitTurn(URI url) throws InterruptedException {
        String key = hostKey(url);
        while (true) {
            Instant now = Instant.now();
            Instant slot = nextSlot.getOrDefault(key, now);
            if (!slot.isAfter(now)) {
                // Far future until the exchange ends: one request at a time per host.
                if (nextSlot.replace(key, slot, Instant.MAX) || nextSlot.putIfAbsent(key, Instant.MAX) == null) {
                    return;
                }
                continue;
            }
            long waitMillis = slot == Instant.MAX ? 50 : Math.max(1, Duration.between(now, slot).toMillis());
            Thread.sleep(waitMillis);
        }
    }

    private void release(URI url) {
        nextSlot.put(hostKey(url), Instant.now().plus(delayOf(url)));
    }

    private void reserve(URI url, Duration wait) {
        nextSlot.merge(hostKey(url), Instant.now().plus(wait), (a, b) -> a.isAfter(b) ? a : b);
    }

    /** The pause after a request to this host: the configured delay, or the host's Crawl-delay when longer. */
    private Duration delayOf(URI url) {
        CachedRules cached = robots.get(hostKey(url));
        long crawlDelay = cached == null ? BaseRobotRules.UNSET_CRAWL_DELAY : cached.rules().getCrawlDelay();
        Duration configured = settings.hostDelay();
        return crawlDelay > configured.toMillis() ? Duration.ofMillis(crawlDelay) : configured;
    }

    private static String hostKey(URI url) {
        return url.getScheme().toLowerCase(Locale.ROOT) + "://" + url.getRawAuthority().toLowerCase(Locale.ROOT);
    }
}

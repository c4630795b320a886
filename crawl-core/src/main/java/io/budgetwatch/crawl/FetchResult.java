package io.budgetwatch.crawl;

import java.net.URI;
import java.net.http.HttpHeaders;

/**
 * The final answer to a request after redirects and retries: its URL, status, headers and body (possibly cut at
 * the cap for an error status; empty for 304).
 */
public record FetchResult(URI url, int status, HttpHeaders headers, byte[] body) {
    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }
}

package io.budgetwatch.parseservice.service;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.budgetwatch.events.DocumentDiscovered;
import io.budgetwatch.events.DocumentIds;
import io.budgetwatch.parseservice.config.ParseConfig;

/** Redeems the claim check of DocumentDiscovered: fetches the bytes from ingest-service and verifies the SHA-256. */
@ApplicationScoped
public class ContentFetcher {
    private static final Logger LOG = Logger.getLogger(ContentFetcher.class);

    @Inject
    ParseConfig config;

    private HttpClient http;

    @PostConstruct
    void init() {
        http = HttpClient.newBuilder().connectTimeout(config.fetchTimeout()).build();
        if (config.contentBaseUrls().isEmpty()) {
            LOG.warn("BUDGETWATCH_PARSE_CONTENT_BASE_URLS is not set: contentUrl may name any http(s) address");
        }
    }

    public byte[] fetch(DocumentDiscovered document) {
        refuseUntrusted(document);
        HttpResponse<byte[]> response;
        try {
            response = http.send(HttpRequest.newBuilder(URI.create(document.contentUrl()))
                    .timeout(config.fetchTimeout()).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new DocumentRejectedException("FETCH_FAILED", document.documentId(),
                    "could not fetch " + document.contentUrl() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DocumentRejectedException("FETCH_FAILED", document.documentId(), "interrupted", e);
        }
        if (response.statusCode() != 200) {
            throw new DocumentRejectedException("FETCH_FAILED", document.documentId(),
                    document.contentUrl() + " answered HTTP " + response.statusCode(), null);
        }
        String actual = DocumentIds.sha256Hex(response.body());
        if (!actual.equalsIgnoreCase(document.sha256())) {
            throw new DocumentRejectedException("CHECKSUM_MISMATCH", document.documentId(),
                    "fetched bytes have SHA-256 " + actual + ", the event announced " + document.sha256(), null);
        }
        return response.body();
    }

    private void refuseUntrusted(DocumentDiscovered document) {
        String url = String.valueOf(document.contentUrl());
        boolean http = url.startsWith("http://") || url.startsWith("https://");
        boolean trusted = config.contentBaseUrls().map(bases -> bases.stream().anyMatch(url::startsWith)).orElse(http);
        if (!http || !trusted) {
            throw new DocumentRejectedException("UNTRUSTED_CONTENT_URL", document.documentId(), "contentUrl " + url
                    + " is not under ingest-service's base URL " + config.contentBaseUrls().orElse(List.of())
                    + "; not fetched", null);
        }
    }
}

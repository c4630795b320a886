package io.budgetwatch.parseservice.service;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.budgetwatch.events.DocumentDiscovered;
import io.budgetwatch.events.DocumentIds;
import io.budgetwatch.parseservice.config.ParseConfig;

/** Redeems the claim check of DocumentDiscovered: fetches the bytes from ingest-service and verifies the SHA-256. */
@ApplicationScoped
public class ContentFetcher {
    @Inject
    ParseConfig config;

    private HttpClient http;

    @PostConstruct
    void init() {
        http = HttpClient.newBuilder().connectTimeout(config.fetchTimeout()).build();
    }

    public byte[] fetch(DocumentDiscovered document) {
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
}

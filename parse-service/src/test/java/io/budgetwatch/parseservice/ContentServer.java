package io.budgetwatch.parseservice;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpServer;

import io.budgetwatch.testsupport.LoopbackServers;

import io.budgetwatch.events.DocumentDiscovered;
import io.budgetwatch.events.DocumentIds;

/** Serves PDF bytes the way ingest-service's claim-check endpoint does, so parse-service can fetch them. */
final class ContentServer implements AutoCloseable {
    private final Map<String, byte[]> documents = new ConcurrentHashMap<>();
    private final HttpServer server;

    ContentServer() {
        server = LoopbackServers.create();
        server.createContext("/api/documents/", exchange -> {
            String id = exchange.getRequestURI().getPath().split("/")[3];
            byte[] body = documents.get(id);
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
    }

    /** Serves {@code content} and returns the event that announces it (sha256 = announced checksum). */
    DocumentDiscovered announce(byte[] content, String fileName, String sha256) {
        String id = DocumentIds.of(content);
        documents.put(id, content);
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/api/documents/" + id + "/content";
        return new DocumentDiscovered(DocumentDiscovered.SCHEMA_VERSION, UUID.randomUUID().toString(), id, sha256,
                url, "http://portal.example/" + fileName, "test", fileName, fileName, content.length, Instant.now(),
                "http://portal.example/index.html", fileName, List.of());
    }

    DocumentDiscovered announce(byte[] content, String fileName) {
        return announce(content, fileName, DocumentIds.of(content));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

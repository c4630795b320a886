package io.budgetwatch.local;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpExchange;

import io.budgetwatch.events.DocumentIds;

/**
 * A stand-in for a government portal: a listing page linking every PDF of the samples directory, and the PDFs
 * themselves, with an ETag (their SHA-256) so ingest's conditional GET sees "unchanged". The directory is read on
 * every request: a PDF dropped into it while the stack runs is offered on the next crawl.
 */
final class LocalPortal implements AutoCloseable {
    private static final String FILES = "/files/";

    private final Path dir;
    private final LoopbackHttp http;

    private LocalPortal(Path dir) throws StageFailure {
        this.dir = dir;
        this.http = LoopbackHttp.serve("local-portal", "/", this::handle);
    }

    static LocalPortal start(Path dir) throws StageFailure {
        return new LocalPortal(dir);
    }

    /** The listing page: what ingest-service is told to crawl. */
    URI listingUrl() {
        return http.baseUrl();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                LoopbackHttp.respondText(exchange, 405, "GET or HEAD only");
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/")) {
                LoopbackHttp.respond(exchange, 200, "text/html; charset=utf-8", body(method, listing()));
            } else if (path.startsWith(FILES)) {
                serveFile(exchange, path.substring(FILES.length()));
            } else {
                LoopbackHttp.respondText(exchange, 404, "not found: " + path);
            }
        }
    }

    private void serveFile(HttpExchange exchange, String name) throws IOException {
        Path file = dir.resolve(name).normalize();
        // only files directly inside the samples directory: no ../ escapes
        if (name.contains("/") || !dir.equals(file.getParent()) || !Samples.isPdf(file)) {
            LoopbackHttp.respondText(exchange, 404, "no such disclosure: " + name);
            return;
        }
        byte[] content = Files.readAllBytes(file);
        String etag = "\"" + DocumentIds.of(content) + "\"";
        exchange.getResponseHeaders().set("ETag", etag);
        if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            LoopbackHttp.respond(exchange, 304, "application/pdf", new byte[0]);
            return;
        }
        LoopbackHttp.respond(exchange, 200, "application/pdf", body(exchange.getRequestMethod(), content));
    }

    private byte[] listing() throws IOException {
        List<Path> pdfs;
        try (Stream<Path> listing = Files.list(dir)) {
            pdfs = listing.filter(Samples::isPdf).sorted().toList();
        }
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                + "<title>部门预算公开 (budgetwatch local portal)</title></head>\n<body><h1>部门预算公开</h1>\n<ul>\n");
        for (Path pdf : pdfs) {
            String name = pdf.getFileName().toString();
            html.append("<li><a href=\"files/").append(URLEncoder.encode(name, StandardCharsets.UTF_8)
                    .replace("+", "%20")).append("\">").append(escape(name)).append("</a></li>\n");
        }
        return html.append("</ul>\n</body></html>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] body(String method, byte[] content) {
        return method.equals("HEAD") ? new byte[0] : content;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Override
    public void close() {
        http.close();
    }
}

package io.budgetwatch.local;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpExchange;

import io.budgetwatch.events.DocumentIds;

/**
 * A stand-in for a government portal, shaped like the real ones: a listing of the samples directory, {@value
 * #PER_PAGE} disclosures a page, paginated as {@code index_N.html} with 下一页 links; a detail page per disclosure
 * linking its PDF; and the PDFs themselves, with an ETag (their SHA-256) so ingest's conditional GET sees
 * "unchanged". The directory is read on every request: a PDF dropped into it while the stack runs is offered on the
 * next crawl.
 */
final class LocalPortal implements AutoCloseable {
    static final int PER_PAGE = 2;
    private static final String FILES = "/files/";
    private static final String DETAIL = "/detail/";
    private static final Pattern LISTING = Pattern.compile("/(?:index(?:_(\\d+))?\\.html)?");

    private final Path dir;
    private final LoopbackHttp http;

    private LocalPortal(Path dir) throws StageFailure {
        this.dir = dir;
        this.http = LoopbackHttp.serve("local-portal", "/", this::handle);
    }

    static LocalPortal start(Path dir) throws StageFailure {
        return new LocalPortal(dir);
    }

    /** The first listing page: what ingest-service is told to crawl. */
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
            Matcher listing = LISTING.matcher(path);
            if (listing.matches()) {
                int page = listing.group(1) == null ? 0 : Integer.parseInt(listing.group(1));
                byte[] html = listing(page);
                if (html == null) {
                    LoopbackHttp.respondText(exchange, 404, "no listing page " + page);
                } else {
                    LoopbackHttp.respond(exchange, 200, "text/html; charset=utf-8", body(method, html));
                }
            } else if (path.startsWith(DETAIL) && path.endsWith(".html")) {
                detail(exchange, path.substring(DETAIL.length(), path.length() - ".html".length()));
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

    /** Listing page {@code page} (0 is the start page), or null beyond the last one. */
    private byte[] listing(int page) throws IOException {
        List<Path> pdfs = pdfs();
        int pages = Math.max(1, (pdfs.size() + PER_PAGE - 1) / PER_PAGE);
        if (page >= pages) {
            return null;
        }
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                + "<title>部门预算公开 (budgetwatch local portal)</title></head>\n<body><h1>部门预算公开</h1>\n<ul>\n");
        for (Path pdf : pdfs.subList(page * PER_PAGE, Math.min(pdfs.size(), (page + 1) * PER_PAGE))) {
            String name = pdf.getFileName().toString();
            html.append("<li><a href=\"/detail/").append(encode(name)).append(".html\">").append(escape(title(name)))
                    .append("</a></li>\n");
        }
        html.append("</ul>\n");
        if (page + 1 < pages) {
            html.append("<a href=\"/index_").append(page + 1).append(".html\">下一页</a>\n");
        }
        return html.append("</body></html>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The detail page of one disclosure: a short notice and its PDF as an attachment. */
    private void detail(HttpExchange exchange, String name) throws IOException {
        if (!pdfs().stream().anyMatch(p -> p.getFileName().toString().equals(name))) {
            LoopbackHttp.respondText(exchange, 404, "no such disclosure: " + name);
            return;
        }
        String html = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + escape(title(name))
                + "</title></head>\n<body><h1>" + escape(title(name)) + "</h1>\n<p>附件：<a href=\"/files/"
                + encode(name) + "\">" + escape(name) + "</a></p>\n</body></html>\n";
        LoopbackHttp.respond(exchange, 200, "text/html; charset=utf-8",
                body(exchange.getRequestMethod(), html.getBytes(StandardCharsets.UTF_8)));
    }

    private List<Path> pdfs() throws IOException {
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.filter(Samples::isPdf).sorted().toList();
        }
    }

    private static String title(String fileName) {
        return fileName.substring(0, fileName.length() - ".pdf".length());
    }

    private static String encode(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
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

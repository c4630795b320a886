package io.budgetwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.budgetwatch.events.DocumentIds;
import io.budgetwatch.events.EventJson;

/** {@code bw crawl} against a small loopback portal: a paginated listing, detail pages, attachments. */
class BwCrawlTest {
    private static final byte[] REPORT = "%PDF-1.7 报表".getBytes(StandardCharsets.UTF_8);
    private static final byte[] NOTES = "%PDF-1.7 情况说明".getBytes(StandardCharsets.UTF_8);

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private HttpServer portal;
    private String base;

    @BeforeEach
    void start() throws IOException {
        portal = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        base = "http://127.0.0.1:" + portal.getAddress().getPort();
        portal.createContext("/", this::answer);
        portal.start();
    }

    @AfterEach
    void stop() {
        portal.stop(0);
    }

    @Test
    void printsEachDocumentOnceWithItsPageAndASummary() throws IOException {
        int exit = bw(Map.of(DryRunCrawl.ALLOWED_PRIVATE_HOSTS, "127.0.0.1")).run("crawl", base + "/list/index.html");

        assertEquals(ExitCode.OK, exit, stderr());
        List<JsonNode> lines = out.toString(StandardCharsets.UTF_8).lines().map(l -> {
            try {
                return EventJson.mapper().readTree(l);
            } catch (IOException e) {
                throw new AssertionError(l, e);
            }
        }).toList();
        assertEquals(2, lines.size(), "the same PDF under two URLs is one document: " + lines);
        JsonNode report = lines.stream().filter(l -> l.get("sha256").asText().equals(DocumentIds.of(REPORT)))
                .findFirst().orElseThrow();
        assertEquals(base + "/a/report.pdf", report.get("url").asText());
        assertEquals(base + "/a/1.html", report.get("pageUrl").asText());
        assertEquals("2024年部门预算报表", report.get("linkText").asText());
        assertEquals("report.pdf", report.get("fileName").asText());
        assertEquals(REPORT.length, report.get("bytes").asLong());
        JsonNode notes = lines.stream().filter(l -> l.get("sha256").asText().equals(DocumentIds.of(NOTES)))
                .findFirst().orElseThrow();
        assertEquals(base + "/b/2.html", notes.get("pageUrl").asText(), "found through the 下一页 link");
        assertEquals("/robots.txt", requests.get(0), "robots.txt first");
        assertTrue(!requests.contains("/a/form.doc"), ".doc attachments are not downloaded: " + requests);
        assertTrue(stderr().startsWith("bw crawl: "), stderr());
        assertTrue(stderr().contains("SKIPPED=2"), "the .doc and the link to another host: " + stderr());
    }

    @Test
    void withoutTheAllowListALoopbackPortalIsRefused() {
        assertEquals(ExitCode.OK, bw(Map.of()).run("crawl", base + "/list/index.html"));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertTrue(requests.isEmpty(), "nothing requested: " + requests);
        assertTrue(stderr().contains("REFUSED=1"), stderr());
        assertTrue(stderr().contains("REFUSED " + base + "/list/index.html: refused") && stderr().contains("loopback"),
                "the reason is printed: " + stderr());
    }

    @Test
    void maxPagesStopsTheCrawl() {
        assertEquals(ExitCode.OK, bw(Map.of(DryRunCrawl.ALLOWED_PRIVATE_HOSTS, "127.0.0.1"))
                .run("crawl", base + "/list/index.html", "--max-pages", "2"));
        assertTrue(stderr().contains("2 URLs visited") && stderr().contains("stopped at --max-pages 2"), stderr());
    }

    private Bw bw(Map<String, String> environment) {
        return new Bw(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
                StandardCharsets.UTF_8), environment);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        requests.add(path);
        int port = portal.getAddress().getPort();
        switch (path) {
            case "/list/index.html" -> html(exchange, "<a href=\"/a/1.html\">预算</a> <a href=\"index_1.html\">下一页</a>");
            case "/list/index_1.html" -> html(exchange, "<a href=\"/b/2.html\">说明</a>");
            case "/a/1.html" -> html(exchange, "<a href=\"report.pdf\">2024年部门预算报表</a>"
                    + "<a href=\"form.doc\">申请表.doc</a><a href=\"/copy/report.pdf\">报表（副本）</a>"
                    + "<a href=\"http://127.0.0.2:" + port + "/inside.pdf\">内网</a>");
            case "/b/2.html" -> html(exchange, "<a href=\"notes.pdf\">情况说明</a>");
            case "/a/report.pdf", "/copy/report.pdf" -> send(exchange, 200, "application/pdf", REPORT);
            case "/b/notes.pdf" -> send(exchange, 200, "application/pdf", NOTES);
            default -> send(exchange, 404, "text/plain", new byte[0]);
        }
    }

    private static void html(HttpExchange exchange, String body) throws IOException {
        send(exchange, 200, "text/html; charset=utf-8", ("<html><body>" + body + "</body></html>")
                .getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }
}

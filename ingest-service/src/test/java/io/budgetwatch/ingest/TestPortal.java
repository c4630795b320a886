package io.budgetwatch.ingest;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

import io.budgetwatch.testsupport.LoopbackServers;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A portal the crawler can reach: a listing page linking two PDFs (one twice, once relative, once absolute),
 * served with Last-Modified so the crawler's conditional GET can be observed.
 */
public class TestPortal implements QuarkusTestResourceLifecycleManager {
    static final AtomicInteger pdfDownloads = new AtomicInteger();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        server = LoopbackServers.create();
        int port = server.getAddress().getPort();
        String listing = """
                <html><body><ul>
                <li><a href="../files/a.pdf">2019年部门预算公开表</a></li>
                <li><a class="x" href='http://127.0.0.1:%d/files/a.pdf'>同一文件</a></li>
                <li><a href="/files/b.pdf"><span>2025年预算</span></a></li>
                <li><a href="notice.html">通知</a></li>
                </ul></body></html>""".formatted(port);
        server.createContext("/portal/", exchange -> {
            byte[] body = listing.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/files/", exchange -> {
            String lastModified = "Mon, 01 Jan 2024 00:00:00 GMT";
            if (lastModified.equals(exchange.getRequestHeaders().getFirst("If-Modified-Since"))) {
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
            String name = exchange.getRequestURI().getPath().substring("/files/".length());
            try (InputStream pdf = TestPortal.class.getResourceAsStream("/pdf/" + name)) {
                byte[] body = pdf.readAllBytes();
                pdfDownloads.incrementAndGet();
                exchange.getResponseHeaders().add("Last-Modified", lastModified);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
        return Map.of("budgetwatch.ingest.sources", "http://127.0.0.1:" + port + "/portal/index.html");
    }

    @Override
    public void stop() {
        server.stop(0);
    }
}

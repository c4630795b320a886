package io.budgetwatch.local;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/**
 * The JDK HTTP server on the loopback interface and a free port, for the launcher's own endpoints (portal,
 * console webhook): nothing outside this machine can reach them.
 */
final class LoopbackHttp implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor;

    private LoopbackHttp(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Serves {@code handler} under {@code path}; {@code name} names its threads and, on failure, the stage. */
    static LoopbackHttp serve(String name, String path, HttpHandler handler) throws StageFailure {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new StageFailure(name, "the " + name + " did not start: " + e, e);
        }
        // a small pool: a slow client (or a large PDF download) must not block the next request
        ExecutorService executor = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext(path, handler);
        server.start();
        return new LoopbackHttp(server, executor);
    }

    URI baseUrl() {
        return URI.create("http://" + server.getAddress().getAddress().getHostAddress() + ":"
                + server.getAddress().getPort() + "/");
    }

    static void respond(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        // HEAD and 304 answers carry no body: -1 tells the JDK server so
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    static void respondText(HttpExchange exchange, int status, String text) throws IOException {
        respond(exchange, status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}

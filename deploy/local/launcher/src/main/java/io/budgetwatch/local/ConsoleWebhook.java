package io.budgetwatch.local;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;

import io.budgetwatch.events.EventJson;

/**
 * A webhook receiver for notify-service (Alertmanager webhook v4 JSON) that prints each alert as one console line:
 * status, severity, department, year, rule and summary. It is how alerts reach the user of the local stack.
 */
final class ConsoleWebhook implements AutoCloseable {
    private static final String PATH = "/alerts";

    private final Console console;
    private final AtomicInteger alerts = new AtomicInteger();
    private final AtomicLong lastReceivedNanos = new AtomicLong();
    private final LoopbackHttp http;

    private ConsoleWebhook(Console console) throws StageFailure {
        this.console = console;
        this.http = LoopbackHttp.serve("console-webhook", PATH, this::handle);
    }

    static ConsoleWebhook start(Console console) throws StageFailure {
        return new ConsoleWebhook(console);
    }

    URI url() {
        return http.baseUrl().resolve(PATH);
    }

    int alertsReceived() {
        return alerts.get();
    }

    /** {@link System#nanoTime()} of the last delivery, 0 before the first. */
    long lastReceivedNanos() {
        return lastReceivedNanos.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("POST")) {
                LoopbackHttp.respondText(exchange, 405, "POST Alertmanager webhook v4 JSON here");
                return;
            }
            JsonNode payload;
            try (InputStream body = exchange.getRequestBody()) {
                payload = EventJson.mapper().readTree(body);
            } catch (IOException e) {
                console.line("webhook: ignored a delivery that is not JSON: " + e.getMessage());
                LoopbackHttp.respondText(exchange, 400, "not JSON: " + e.getMessage());
                return;
            }
            for (JsonNode alert : payload.path("alerts")) {
                console.line(describe(alert));
                alerts.incrementAndGet();
            }
            lastReceivedNanos.set(System.nanoTime());
            LoopbackHttp.respondText(exchange, 200, "ok");
        }
    }

    /** One line: a summary with line breaks would tear the console apart. */
    private static String describe(JsonNode alert) {
        JsonNode labels = alert.path("labels");
        String status = alert.path("status").asText("?").toUpperCase(Locale.ROOT);
        String summary = alert.path("annotations").path("summary").asText("").replaceAll("\\s+", " ").strip();
        return String.format("ALERT %-8s %-8s %s %s %s: %s", status, labels.path("severity").asText("?"),
                labels.path("department").asText("?"), labels.path("year").asText("?"),
                labels.path("rule").asText("?"), summary);
    }

    @Override
    public void close() {
        http.close();
    }
}

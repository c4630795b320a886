package io.budgetwatch.notify;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

import io.budgetwatch.testsupport.LoopbackServers;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A webhook receiver for the test: records each POSTed body; can be told to answer 500 a few times first, for as
 * long as it is {@link #down}, or to answer a body containing a string in {@link #slowOnce} too late for the
 * receiver timeout, once. Its URL carries a token, {@link #TOKEN}, as real webhook URLs often do.
 */
public class WebhookSink implements QuarkusTestResourceLifecycleManager {
    static final List<String> bodies = new CopyOnWriteArrayList<>();
    static final AtomicInteger failuresToAnswer = new AtomicInteger();
    static final AtomicBoolean down = new AtomicBoolean();
    static final AtomicInteger refused = new AtomicInteger();
    static final Set<String> slowOnce = ConcurrentHashMap.newKeySet();
    static final String TOKEN = "sink-secret-token-0123456789";
    /** Longer than the test profile's receiver timeout (2 s). */
    private static final long SLOW_MILLIS = 3_000;
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        server = LoopbackServers.create();
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String marker = slowOnce.stream().filter(body::contains).findFirst().orElse(null);
            if (marker != null && slowOnce.remove(marker)) {
                try {
                    Thread.sleep(SLOW_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                // The receiver gave up waiting: not a delivery.
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
                return;
            }
            if (down.get() || failuresToAnswer.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                refused.incrementAndGet();
                exchange.sendResponseHeaders(500, -1);
            } else {
                bodies.add(body);
                exchange.sendResponseHeaders(200, -1);
            }
            exchange.close();
        });
        server.start();
        return Map.of("budgetwatch.notify.webhook.urls",
                "http://127.0.0.1:" + server.getAddress().getPort() + "/hook?token=" + TOKEN);
    }

    @Override
    public void stop() {
        server.stop(0);
    }
}

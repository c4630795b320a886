package io.budgetwatch.notify.receivers;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.budgetwatch.events.EventJson;
import io.budgetwatch.notify.domain.AlertChange;
import io.budgetwatch.notify.domain.AlertmanagerWebhook;
import io.budgetwatch.notify.domain.DeliveryResult;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.WebClient;

/** POSTs Alertmanager webhook v4 JSON; retries with exponential back-off on errors and non-2xx answers. */
public class WebhookReceiver implements Receiver {
    private final WebClient client;
    private final String url;
    private final String externalUrl;
    private final int maxAttempts;
    private final Duration timeout;
    private final Duration initialBackoff;

    public WebhookReceiver(WebClient client, String url, String externalUrl, int maxAttempts, Duration timeout,
            Duration initialBackoff) {
        this.client = client;
        this.url = url;
        this.externalUrl = externalUrl;
        this.maxAttempts = maxAttempts;
        this.timeout = timeout;
        this.initialBackoff = initialBackoff;
    }

    @Override
    public String name() {
        return "webhook:" + url;
    }

    @Override
    public Uni<DeliveryResult> deliver(String groupKey, List<AlertChange> group) {
        byte[] body = EventJson.write(AlertmanagerWebhook.payload(name(), externalUrl, group));
        AtomicInteger attempts = new AtomicInteger();
        return Uni.createFrom().deferred(() -> {
            attempts.incrementAndGet();
            return client.postAbs(url).timeout(timeout.toMillis()).putHeader("Content-Type", "application/json")
                    .sendBuffer(io.vertx.mutiny.core.buffer.Buffer.newInstance(Buffer.buffer(body)));
        }).onItem().transform(response -> {
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("HTTP " + response.statusCode());
            }
            return response;
        }).onFailure().retry().withBackOff(initialBackoff).atMost(maxAttempts - 1L)
                .map(ok -> new DeliveryResult(name(), groupKey, group.size(), true, attempts.get(), null))
                .onFailure().recoverWithItem(e -> new DeliveryResult(name(), groupKey, group.size(), false,
                        attempts.get(), e.getMessage()));
    }
}

package io.budgetwatch.notify.receivers;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import io.budgetwatch.notify.domain.AlertChange;
import io.budgetwatch.notify.domain.DeliveryResult;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;

/**
 * A receiver that POSTs JSON: retries with exponential back-off on errors and rejected answers, and turns the
 * outcome into a {@link DeliveryResult}. Subclasses say what to POST where, and what counts as rejected.
 */
public abstract class HttpReceiver implements Receiver {
    /** One attempt's request; built again for every attempt, so signatures carry a fresh timestamp. */
    protected record Request(String url, byte[] body) {
    }

    /** Retry and timeout settings shared by every HTTP receiver. */
    public record Retry(int maxAttempts, Duration timeout, Duration initialBackoff) {
    }

    private final WebClient client;
    private final Retry retry;

    protected HttpReceiver(WebClient client, Retry retry) {
        this.client = client;
        this.retry = retry;
    }

    /** The request for one attempt at delivering {@code group}. */
    protected abstract Request request(String groupKey, List<AlertChange> group);

    /** Why the answer is a failure, or empty when it is a success. By default: any non-2xx status. */
    protected Optional<String> failure(HttpResponse<Buffer> response) {
        return response.statusCode() / 100 == 2 ? Optional.empty()
                : Optional.of("HTTP " + response.statusCode());
    }

    @Override
    public Uni<DeliveryResult> deliver(String groupKey, List<AlertChange> group) {
        AtomicInteger attempts = new AtomicInteger();
        return Uni.createFrom().deferred(() -> {
            attempts.incrementAndGet();
            Request request = request(groupKey, group);
            return client.postAbs(request.url()).timeout(retry.timeout().toMillis())
                    .putHeader("Content-Type", "application/json; charset=utf-8")
                    .sendBuffer(Buffer.buffer(request.body()));
        }).onItem().transform(response -> {
            failure(response).ifPresent(reason -> {
                throw new IllegalStateException(reason);
            });
            return response;
        }).onFailure().retry().withBackOff(retry.initialBackoff()).atMost(retry.maxAttempts() - 1L)
                .map(ok -> new DeliveryResult(name(), groupKey, group.size(), DeliveryResult.DELIVERED, attempts.get(), null))
                .onFailure().recoverWithItem(e -> new DeliveryResult(name(), groupKey, group.size(), DeliveryResult.FAILED,
                        attempts.get(), e.getMessage()));
    }
}

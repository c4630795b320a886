package io.budgetwatch.notify.receivers;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.budgetwatch.notify.domain.AlertChange;
import io.budgetwatch.notify.domain.DeliveryResult;
import io.budgetwatch.notify.domain.Notification;
import io.budgetwatch.notify.domain.Secrets;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;

/**
 * A receiver that POSTs JSON, one attempt per call (the outbox retries, with back-off that survives restarts),
 * turning errors and rejected answers into a failed {@link DeliveryResult}. Subclasses say what to POST where, and
 * what counts as rejected.
 */
public abstract class HttpReceiver implements Receiver {
    /** One attempt's request; built for every attempt, so signatures carry a fresh timestamp. */
    protected record Request(String url, byte[] body) {
    }

    private final WebClient client;
    private final Duration timeout;

    protected HttpReceiver(WebClient client, Duration timeout) {
        this.client = client;
        this.timeout = timeout;
    }

    /** The request for one attempt at delivering {@code notification}. */
    protected abstract Request request(Notification notification);

    /** Why the answer is a failure, or empty when it is a success. By default: any non-2xx status. */
    protected Optional<String> failure(HttpResponse<Buffer> response) {
        return response.statusCode() / 100 == 2 ? Optional.empty()
                : Optional.of("HTTP " + response.statusCode());
    }

    @Override
    public Uni<DeliveryResult> deliver(Notification notification) {
        String groupKey = notification.groupKey();
        List<AlertChange> group = notification.alerts();
        return Uni.createFrom().deferred(() -> {
            Request request = request(notification);
            return client.postAbs(request.url()).timeout(timeout.toMillis())
                    .putHeader("Content-Type", "application/json; charset=utf-8")
                    .sendBuffer(Buffer.buffer(request.body()));
        }).map(response -> failure(response).map(reason -> result(groupKey, group, DeliveryResult.FAILED, reason))
                .orElseGet(() -> result(groupKey, group, DeliveryResult.DELIVERED, null)))
                .onFailure().recoverWithItem(e -> result(groupKey, group, DeliveryResult.FAILED, String.valueOf(e)));
    }

    /** The error with the URL's credentials taken out: it is stored, listed by the API and logged. */
    private DeliveryResult result(String groupKey, List<AlertChange> group, String status, String error) {
        return new DeliveryResult(name(), groupKey, group.size(), status, 1, Secrets.redact(error));
    }
}

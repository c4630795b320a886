package io.budgetwatch.notify.receivers;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.budgetwatch.events.EventJson;
import io.budgetwatch.notify.domain.ChatAnswer;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;

/**
 * A chat robot (DingTalk, WeCom, Feishu): besides non-2xx, a 200 answer whose JSON carries a non-zero
 * {@code errcode}/{@code code} is a failure (and tried again by the outbox). Named without its URL, which holds the robot's token.
 */
public abstract class ChatReceiver extends HttpReceiver {
    private final String url;

    protected ChatReceiver(WebClient client, String url, Duration timeout) {
        super(client, timeout);
        this.url = url;
    }

    /** The robot's webhook URL, token included. */
    protected String url() {
        return url;
    }

    /** A chat message lists alerts one after the other, whatever their groups. */
    @Override
    public boolean mergesGroups() {
        return true;
    }

    @Override
    protected Optional<String> failure(HttpResponse<Buffer> response) {
        return ChatAnswer.failure(response.statusCode(), response.bodyAsString("UTF-8"));
    }

    protected static byte[] json(Map<String, Object> body) {
        return EventJson.write(body);
    }

    /** A JSON object with its members in the order given (Map.of's order changes from run to run). */
    protected static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }
}

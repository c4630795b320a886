package io.budgetwatch.notify.receivers;

import java.time.Duration;
import java.time.Clock;

import io.vertx.mutiny.ext.web.client.WebClient;

/** A chat robot that signs each request with a timestamp when a secret is configured (DingTalk, Feishu). */
public abstract class SignedChatReceiver extends ChatReceiver {
    private final String secret;
    private final Clock clock;

    protected SignedChatReceiver(WebClient client, String url, String secret, Clock clock, Duration timeout) {
        super(client, url, timeout);
        this.secret = secret == null || secret.isBlank() ? null : secret;
        this.clock = clock;
    }

    /** The signing secret, or null when requests go unsigned. */
    protected String secret() {
        return secret;
    }

    protected long nowMillis() {
        return clock.millis();
    }
}

package io.budgetwatch.notify.receivers;

import java.time.Duration;
import io.budgetwatch.events.EventJson;
import io.budgetwatch.notify.domain.AlertLinks;
import io.budgetwatch.notify.domain.Notification;
import io.budgetwatch.notify.domain.AlertmanagerWebhook;
import io.vertx.mutiny.ext.web.client.WebClient;

/** POSTs Alertmanager webhook v4 JSON; an error or a non-2xx answer is a failed attempt. */
public class WebhookReceiver extends HttpReceiver {
    private final String name;
    private final String url;
    private final AlertLinks links;

    /** {@code name} is what metrics and the history show: never the URL, which may carry a token. */
    public WebhookReceiver(WebClient client, String name, String url, AlertLinks links, Duration timeout) {
        super(client, timeout);
        this.name = name;
        this.url = url;
        this.links = links;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    protected Request request(Notification notification) {
        return new Request(url, EventJson.write(AlertmanagerWebhook.payload(name(), links, notification)));
    }
}

package io.budgetwatch.notify.receivers;

import java.util.List;

import io.budgetwatch.events.EventJson;
import io.budgetwatch.notify.domain.AlertChange;
import io.budgetwatch.notify.domain.AlertmanagerWebhook;
import io.vertx.mutiny.ext.web.client.WebClient;

/** POSTs Alertmanager webhook v4 JSON; retries with exponential back-off on errors and non-2xx answers. */
public class WebhookReceiver extends HttpReceiver {
    private final String url;
    private final String externalUrl;

    public WebhookReceiver(WebClient client, String url, String externalUrl, Retry retry) {
        super(client, retry);
        this.url = url;
        this.externalUrl = externalUrl;
    }

    @Override
    public String name() {
        return "webhook:" + url;
    }

    @Override
    protected Request request(String groupKey, List<AlertChange> group) {
        return new Request(url, EventJson.write(AlertmanagerWebhook.payload(name(), externalUrl, group)));
    }
}

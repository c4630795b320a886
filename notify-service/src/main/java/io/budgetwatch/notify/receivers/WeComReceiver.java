package io.budgetwatch.notify.receivers;

import java.time.Duration;
import java.util.List;

import io.budgetwatch.notify.domain.AlertChange;
import io.budgetwatch.notify.domain.AlertLinks;
import io.budgetwatch.notify.domain.Notification;
import io.budgetwatch.notify.domain.ChatMessages;
import io.vertx.mutiny.ext.web.client.WebClient;

/** WeCom (企业微信) group robot: a markdown message; the key in the URL is its only credential. */
public class WeComReceiver extends ChatReceiver {
    /** WeCom's limit on a markdown message's content, in bytes of UTF-8 (errcode 40058 beyond it). */
    static final int MAX_MARKDOWN_BYTES = 4096;

    private final AlertLinks links;

    public WeComReceiver(WebClient client, String url, AlertLinks links, Duration timeout) {
        super(client, url, timeout);
        this.links = links;
    }

    @Override
    public String name() {
        return "wecom";
    }

    @Override
    protected Request request(Notification notification) {
        List<AlertChange> group = notification.alerts();
        return new Request(url(), json(object("msgtype", "markdown", "markdown",
                object("content", ChatMessages.markdown(group, links, MAX_MARKDOWN_BYTES)))));
    }
}

package io.budgetwatch.notify.receivers;

import java.time.Duration;
import java.time.Clock;
import java.util.List;

import io.budgetwatch.notify.domain.AlertChange;
import io.budgetwatch.notify.domain.AlertLinks;
import io.budgetwatch.notify.domain.Notification;
import io.budgetwatch.notify.domain.ChatMessages;
import io.budgetwatch.notify.domain.ChatSigning;
import io.vertx.mutiny.ext.web.client.WebClient;

/** DingTalk custom robot: a markdown message; signed (timestamp + sign in the URL) when a secret is set. */
public class DingTalkReceiver extends SignedChatReceiver {
    private final AlertLinks links;

    public DingTalkReceiver(WebClient client, String url, String secret, AlertLinks links, Clock clock,
            Duration timeout) {
        super(client, url, secret, clock, timeout);
        this.links = links;
    }

    @Override
    public String name() {
        return "dingtalk";
    }

    @Override
    protected Request request(Notification notification) {
        List<AlertChange> group = notification.alerts();
        String target = secret() == null ? url() : ChatSigning.dingTalkSignedUrl(url(), secret(), nowMillis());
        return new Request(target, json(object("msgtype", "markdown", "markdown",
                object("title", ChatMessages.title(group), "text", ChatMessages.markdown(group, links)))));
    }
}

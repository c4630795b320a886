package io.budgetwatch.notify.receivers;

import java.time.Duration;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.budgetwatch.notify.domain.AlertChange;
import io.budgetwatch.notify.domain.AlertLinks;
import io.budgetwatch.notify.domain.Notification;
import io.budgetwatch.notify.domain.ChatMessages;
import io.budgetwatch.notify.domain.ChatSigning;
import io.vertx.mutiny.ext.web.client.WebClient;

/** Feishu (飞书) custom bot: a text message; signed (timestamp + sign in the body) when a secret is set. */
public class FeishuReceiver extends SignedChatReceiver {
    private final AlertLinks links;

    public FeishuReceiver(WebClient client, String url, String secret, AlertLinks links, Clock clock,
            Duration timeout) {
        super(client, url, secret, clock, timeout);
        this.links = links;
    }

    @Override
    public String name() {
        return "feishu";
    }

    @Override
    protected Request request(Notification notification) {
        List<AlertChange> group = notification.alerts();
        Map<String, Object> body = new LinkedHashMap<>();
        if (secret() != null) {
            long timestamp = nowMillis() / 1000;
            body.put("timestamp", String.valueOf(timestamp));
            body.put("sign", ChatSigning.feishuSign(secret(), timestamp));
        }
        body.put("msg_type", "text");
        body.put("content", object("text", ChatMessages.text(group) + ChatMessages.consoleLinks(group, links)));
        return new Request(url(), json(body));
    }
}

package io.budgetwatch.notify.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.budgetwatch.notify.config.NotifyConfig;
import io.budgetwatch.notify.domain.AlertLinks;
import io.budgetwatch.notify.receivers.DingTalkReceiver;
import io.budgetwatch.notify.receivers.FeishuReceiver;
import io.budgetwatch.notify.receivers.LogReceiver;
import io.budgetwatch.notify.receivers.MailReceiver;
import io.budgetwatch.notify.receivers.Receiver;
import io.budgetwatch.notify.receivers.WeComReceiver;
import io.budgetwatch.notify.receivers.WebhookReceiver;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.WebClient;

/**
 * The configured receivers by name. Names identify a receiver's queue in the outbox and its metrics, so they
 * never contain a URL: {@code log}, {@code webhook} (then {@code webhook-2}, … in the order configured),
 * {@code dingtalk}, {@code wecom}, {@code feishu}, {@code email}.
 */
@ApplicationScoped
public class ReceiverRegistry {
    @Inject
    NotifyConfig config;

    @Inject
    Vertx vertx;

    @Inject
    ReactiveMailer mailer;

    private final Map<String, Receiver> receivers = new LinkedHashMap<>();

    @PostConstruct
    void init() {
        add(new LogReceiver());
        WebClient client = WebClient.create(vertx);
        var timeout = config.webhook().timeout();
        AlertLinks links = new AlertLinks(config.externalUrl(), config.consoleUrl());
        List<String> urls = config.webhook().urls().orElse(List.of()).stream().map(String::trim)
                .filter(u -> !u.isEmpty()).toList();
        for (int i = 0; i < urls.size(); i++) {
            add(new WebhookReceiver(client, i == 0 ? "webhook" : "webhook-" + (i + 1), urls.get(i),
                    links, timeout));
        }
        Clock clock = Clock.systemUTC();
        url(config.dingtalk()).ifPresent(url -> add(
                new DingTalkReceiver(client, url, config.dingtalk().secret().orElse(null), links, clock, timeout)));
        url(config.wecom()).ifPresent(url -> add(new WeComReceiver(client, url, links, timeout)));
        url(config.feishu()).ifPresent(url -> add(
                new FeishuReceiver(client, url, config.feishu().secret().orElse(null), links, clock, timeout)));
        List<String> to = config.mail().to().orElse(List.of()).stream().map(String::trim).filter(t -> !t.isEmpty())
                .toList();
        if (!to.isEmpty()) {
            add(new MailReceiver(mailer, to, links));
        }
    }

    private void add(Receiver receiver) {
        receivers.put(receiver.name(), receiver);
    }

    private static Optional<String> url(NotifyConfig.Chat chat) {
        return chat.url().map(String::trim).filter(u -> !u.isEmpty());
    }

    /** Every receiver's name, in the order configured. */
    public List<String> names() {
        return new ArrayList<>(receivers.keySet());
    }

    /** Whether the receiver named {@code name} can be sent several groups in one message (the batch stage). */
    public boolean mergesGroups(String name) {
        return receiver(name).map(Receiver::mergesGroups).orElse(false);
    }

    /** The receiver named {@code name}; empty when the configuration no longer has it. */
    public Optional<Receiver> receiver(String name) {
        return Optional.ofNullable(receivers.get(name));
    }
}

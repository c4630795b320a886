package io.budgetwatch.notify.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.budgetwatch.notify.config.NotifyConfig;
import io.budgetwatch.notify.domain.AlertChange;
import io.budgetwatch.notify.domain.DeliveryResult;
import io.budgetwatch.notify.domain.Silence;
import io.budgetwatch.notify.receivers.DingTalkReceiver;
import io.budgetwatch.notify.receivers.FeishuReceiver;
import io.budgetwatch.notify.receivers.HttpReceiver;
import io.budgetwatch.notify.receivers.LogReceiver;
import io.budgetwatch.notify.receivers.Receiver;
import io.budgetwatch.notify.receivers.WeComReceiver;
import io.budgetwatch.notify.receivers.WebhookReceiver;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.WebClient;

/**
 * Sends alert changes to every receiver, one notification per group (department + document). Changes muted by
 * an active silence are not sent; they are recorded as one "silenced" delivery per group and silence.
 */
@ApplicationScoped
public class AlertDispatcher {
    @Inject
    NotifyConfig config;

    @Inject
    Vertx vertx;

    @Inject
    MeterRegistry metrics;

    private final List<Receiver> receivers = new ArrayList<>();

    @PostConstruct
    void init() {
        receivers.add(new LogReceiver());
        WebClient client = WebClient.create(vertx);
        NotifyConfig.Webhook webhook = config.webhook();
        HttpReceiver.Retry retry = new HttpReceiver.Retry(webhook.maxAttempts(), webhook.timeout(),
                webhook.initialBackoff());
        webhook.urls().orElse(List.of()).stream().map(String::trim).filter(u -> !u.isEmpty())
                .forEach(url -> receivers.add(new WebhookReceiver(client, url, config.externalUrl(), retry)));
        Clock clock = Clock.systemUTC();
        url(config.dingtalk()).ifPresent(url -> receivers.add(
                new DingTalkReceiver(client, url, config.dingtalk().secret().orElse(null), clock, retry)));
        url(config.wecom()).ifPresent(url -> receivers.add(new WeComReceiver(client, url, retry)));
        url(config.feishu()).ifPresent(url -> receivers.add(
                new FeishuReceiver(client, url, config.feishu().secret().orElse(null), clock, retry)));
    }

    private static Optional<String> url(NotifyConfig.Chat chat) {
        return chat.url().map(String::trim).filter(u -> !u.isEmpty());
    }

    public Uni<List<DeliveryResult>> dispatch(List<AlertChange> changes) {
        return dispatch(changes, List.of());
    }

    /** Delivers {@code changes} except those muted by one of {@code silences} (checked as of now). */
    public Uni<List<DeliveryResult>> dispatch(List<AlertChange> changes, List<Silence> silences) {
        Instant now = Instant.now();
        Map<String, List<AlertChange>> groups = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> silenced = new LinkedHashMap<>();
        for (AlertChange change : changes) {
            Optional<Silence> silence = Silence.firstSilencing(silences, change, now);
            if (silence.isPresent()) {
                silenced.computeIfAbsent(change.groupKey(), k -> new LinkedHashMap<>())
                        .merge(silence.get().id(), 1, Integer::sum);
            } else {
                groups.computeIfAbsent(change.groupKey(), k -> new ArrayList<>()).add(change);
            }
        }
        List<Uni<DeliveryResult>> deliveries = new ArrayList<>();
        groups.forEach((key, group) -> receivers.forEach(r -> deliveries.add(r.deliver(key, group))));
        silenced.forEach((key, bySilence) -> bySilence.forEach((id, count) -> deliveries
                .add(Uni.createFrom().item(DeliveryResult.silenced(id, key, count)))));
        if (deliveries.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Multi.createFrom().iterable(deliveries).onItem().transformToUniAndMerge(u -> u).collect().asList()
                .invoke(results -> results.forEach(r -> metrics.counter("budgetwatch.notify.deliveries",
                        "receiver", r.status().equals(DeliveryResult.SILENCED) ? "silence" : r.receiver(),
                        "outcome", r.status()).increment()));
    }
}

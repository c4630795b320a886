package io.budgetwatch.notify.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.budgetwatch.notify.config.NotifyConfig;
import io.budgetwatch.notify.domain.AlertChange;
import io.budgetwatch.notify.domain.DeliveryResult;
import io.budgetwatch.notify.receivers.LogReceiver;
import io.budgetwatch.notify.receivers.Receiver;
import io.budgetwatch.notify.receivers.WebhookReceiver;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.WebClient;

/** Sends alert changes to every receiver, one notification per group (department + document). */
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
        webhook.urls().orElse(List.of()).stream().map(String::trim).filter(u -> !u.isEmpty())
                .forEach(url -> receivers.add(new WebhookReceiver(client, url, config.externalUrl(),
                        webhook.maxAttempts(), webhook.timeout(), webhook.initialBackoff())));
    }

    public Uni<List<DeliveryResult>> dispatch(List<AlertChange> changes) {
        Map<String, List<AlertChange>> groups = new LinkedHashMap<>();
        changes.forEach(c -> groups.computeIfAbsent(c.groupKey(), k -> new ArrayList<>()).add(c));
        List<Uni<DeliveryResult>> deliveries = new ArrayList<>();
        groups.forEach((key, group) -> receivers.forEach(r -> deliveries.add(r.deliver(key, group))));
        return Multi.createFrom().iterable(deliveries).onItem().transformToUniAndMerge(u -> u).collect().asList()
                .invoke(results -> results.forEach(r -> metrics.counter("budgetwatch.notify.deliveries",
                        "receiver", r.receiver(), "outcome", r.delivered() ? "delivered" : "failed").increment()));
    }
}

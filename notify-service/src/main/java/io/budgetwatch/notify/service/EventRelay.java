package io.budgetwatch.notify.service;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.budgetwatch.notify.config.NotifyConfig;
import io.budgetwatch.notify.messaging.AlertEventSink;
import io.budgetwatch.notify.persistence.EventOutboxStore;
import io.budgetwatch.notify.persistence.EventOutboxStore.Claim;
import io.budgetwatch.notify.persistence.EventOutboxStore.Outcome;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

/**
 * Drains the event outbox onto disclosure.alerts.v1 ({@link DrainLoop}, with the notification outbox's poll
 * interval, lease, batch size and back-off): claims due events, publishes them one after the other, records which
 * the broker acknowledged. Delivery is at least once: a relay killed after the broker's ack and before recording
 * it leaves the event to be published again when its lease ends, so consumers dedupe by {@code eventId}.
 */
@ApplicationScoped
public class EventRelay {
    private static final Logger LOG = Logger.getLogger(EventRelay.class);

    @Inject
    NotifyConfig config;

    @Inject
    EventOutboxStore events;

    @Inject
    AlertEventSink sink;

    @Inject
    Pipeline pipeline;

    @Inject
    MeterRegistry metrics;

    @Inject
    Vertx vertx;

    private DrainLoop loop;

    @PostConstruct
    void init() {
        loop = new DrainLoop("event relay", vertx, config.outbox().pollInterval(), this::drain);
    }

    void onStart(@Observes StartupEvent event) {
        start();
    }

    void onStop(@Observes ShutdownEvent event) {
        try {
            stop().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warnf("event relay round still in flight at shutdown; its events are published after their lease: %s",
                    e);
        }
    }

    public void start() {
        loop.start();
    }

    /** Stops relaying; completes when the round in flight, if any, has recorded its outcomes. */
    public CompletableFuture<Void> stop() {
        return loop.stop();
    }

    private Uni<Boolean> drain() {
        NotifyConfig.Outbox settings = config.outbox();
        return events.claim(Instant.now(), settings.lease(), settings.batchSize())
                .chain(claims -> claims.isEmpty() ? Uni.createFrom().item(false) : publish(claims).replaceWith(true));
    }

    private Uni<Void> publish(List<Claim> claims) {
        return Multi.createFrom().iterable(claims).onItem()
                .transformToUniAndConcatenate(claim -> sink.publish(claim.event())
                        .map(ok -> new Outcome(claim, null))
                        .onFailure().recoverWithItem(e -> new Outcome(claim, String.valueOf(e))))
                .collect().asList()
                .invoke(outcomes -> outcomes.forEach(o -> metrics.counter("budgetwatch.notify.events",
                        "outcome", o.error() == null ? "published" : "failed").increment()))
                .chain(outcomes -> events.complete(outcomes, pipeline.get().retry(), Instant.now()));
    }
}

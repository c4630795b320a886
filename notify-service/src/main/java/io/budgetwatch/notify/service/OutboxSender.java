package io.budgetwatch.notify.service;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.budgetwatch.notify.config.NotifyConfig;
import io.budgetwatch.notify.domain.BatchStage;
import io.budgetwatch.notify.domain.DeliveryResult;
import io.budgetwatch.notify.domain.Notification;
import io.budgetwatch.notify.domain.NotifyPipeline;
import io.budgetwatch.notify.persistence.OutboxStore;
import io.budgetwatch.notify.persistence.OutboxStore.Claim;
import io.budgetwatch.notify.persistence.OutboxStore.Outcome;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

/**
 * Drains the outbox: in rounds, releases held rows whose silence ended, queues the repeats that are due, claims
 * due rows (one per receiver, or several merged into one message for a robot near its rate limit), attempts them
 * all at once and records the outcomes ({@link DrainLoop}: at once
 * again after a round that found work, else after {@code outbox.poll-interval}). Every replica runs one; the claim
 * keeps them apart.
 */
@ApplicationScoped
public class OutboxSender {
    private static final Logger LOG = Logger.getLogger(OutboxSender.class);

    @Inject
    NotifyConfig config;

    @Inject
    OutboxStore outbox;

    @Inject
    ReceiverRegistry receivers;

    @Inject
    Pipeline pipeline;

    @Inject
    MeterRegistry metrics;

    @Inject
    Vertx vertx;

    private DrainLoop loop;

    @PostConstruct
    void init() {
        loop = new DrainLoop("outbox", vertx, config.outbox().pollInterval(), this::drain);
    }

    void onStart(@Observes StartupEvent event) {
        start();
    }

    /**
     * Lets the round in flight finish while the datasource is still open, so its outcomes are recorded rather
     * than attempted again after their lease.
     */
    void onStop(@Observes ShutdownEvent event) {
        try {
            stop().get(config.webhook().timeout().toMillis() + 5_000, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            LOG.warnf("outbox round still in flight at shutdown; its rows are tried again after their lease: %s", e);
        }
    }

    /** Starts draining (again); a no-op when running. */
    public void start() {
        loop.start();
    }

    /** Stops draining; completes when the round in flight, if any, has recorded its outcomes. */
    public CompletableFuture<Void> stop() {
        return loop.stop();
    }

    /** One round; true when it found something to do. */
    private Uni<Boolean> drain() {
        NotifyConfig.Outbox settings = config.outbox();
        NotifyPipeline stages = pipeline.get();
        return outbox.releaseHeld(Instant.now(), settings.batchSize(), stages)
                .chain(released -> outbox.repeatDue(Instant.now(), settings.batchSize(), stages)
                        .map(n -> released + n))
                .chain(queued -> outbox.claim(Instant.now(), settings.lease(), settings.batchSize(), stages,
                        receivers::mergesGroups)
                        .chain(claims -> claims.isEmpty() ? Uni.createFrom().item(queued > 0)
                                : attempt(claims).replaceWith(true)));
    }

    private Uni<Void> attempt(List<Claim> claims) {
        // Claims of one message (the batch stage merged them) are sent once; each row gets the outcome.
        Map<Long, List<Claim>> messages = claims.stream()
                .collect(Collectors.groupingBy(Claim::message, LinkedHashMap::new, Collectors.toList()));
        return Multi.createFrom().iterable(messages.values()).onItem().transformToUniAndMerge(this::send)
                .collect().asList().map(lists -> lists.stream().flatMap(List::stream).toList())
                .chain(outcomes -> outbox.complete(outcomes, pipeline.get(), Instant.now())
                        .invoke(statuses -> count(outcomes, statuses)))
                .replaceWithVoid();
    }

    /** One attempt at sending {@code message}'s claims, merged into one notification when there are several. */
    private Uni<List<Outcome>> send(List<Claim> message) {
        Claim first = message.get(0);
        Notification notification = BatchStage.merge(message.stream().map(Claim::notification).toList());
        Uni<DeliveryResult> result = receivers.receiver(first.receiver())
                .map(r -> r.deliver(notification))
                .orElseGet(() -> Uni.createFrom().item(new DeliveryResult(first.receiver(), notification.groupKey(),
                        notification.alerts().size(), DeliveryResult.FAILED, 1,
                        "no receiver named " + first.receiver() + " is configured")));
        return result.map(r -> message.stream().map(claim -> new Outcome(claim, r)).toList());
    }

    private void count(List<Outcome> outcomes, List<Optional<String>> statuses) {
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome outcome = outcomes.get(i);
            statuses.get(i).ifPresent(status -> {
                metrics.counter("budgetwatch.notify.deliveries", "receiver", outcome.claim().receiver(), "outcome",
                        status).increment();
                if (status.equals(DeliveryResult.EXPIRED)) {
                    LOG.warnf("gave up on notification %d to %s after %d attempts: %s", outcome.claim().id(),
                            outcome.claim().receiver(), outcome.claim().attempt(), outcome.result().error());
                }
            });
        }
    }
}

package io.budgetwatch.notify.service;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.budgetwatch.notify.config.NotifyConfig;
import io.budgetwatch.notify.domain.DeliveryResult;
import io.budgetwatch.notify.domain.RateLimits;
import io.budgetwatch.notify.domain.RetryPolicy;
import io.budgetwatch.notify.persistence.OutboxStore;
import io.budgetwatch.notify.persistence.OutboxStore.Claim;
import io.budgetwatch.notify.persistence.OutboxStore.Outcome;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.mutiny.core.Vertx;

/**
 * Drains the outbox: in rounds, releases held rows whose silence ended, queues the repeats that are due, claims
 * due rows (one per receiver), attempts them all at once and records the outcomes. A round that found work is followed at once by the next;
 * otherwise the sender waits {@code outbox.poll-interval}. Every replica runs one; the claim keeps them apart.
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
    Routing routing;

    @Inject
    MeterRegistry metrics;

    @Inject
    Vertx vertx;

    private RetryPolicy retry;
    private RateLimits rates;
    private boolean running;
    private long timer = -1;
    private CompletableFuture<Void> inFlight = CompletableFuture.completedFuture(null);

    @PostConstruct
    void init() {
        NotifyConfig.Outbox settings = config.outbox();
        retry = new RetryPolicy(settings.initialBackoff(), settings.multiplier(), settings.maxBackoff(),
                settings.maxAge());
        rates = RateLimits.parse(config.rateLimit().perWindow(), config.rateLimit().window());
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
    public synchronized void start() {
        if (!running) {
            running = true;
            schedule(Duration.ZERO);
        }
    }

    /** Stops draining; completes when the round in flight, if any, has recorded its outcomes. */
    public synchronized CompletableFuture<Void> stop() {
        running = false;
        if (timer >= 0) {
            vertx.cancelTimer(timer);
            timer = -1;
        }
        return inFlight;
    }

    private synchronized void schedule(Duration delay) {
        if (running) {
            timer = vertx.setTimer(Math.max(1, delay.toMillis()), id -> round());
        }
    }

    private void round() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        synchronized (this) {
            if (!running) {
                return;
            }
            timer = -1;
            inFlight = done;
        }
        Duration poll = config.outbox().pollInterval();
        // Each round on its own duplicated context, flagged safe: Hibernate Reactive keeps its session there.
        Context context = VertxContext.createNewDuplicatedContext(vertx.getDelegate().getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(v -> Uni.createFrom().deferred(this::drain).subscribe().with(worked -> {
                    done.complete(null);
                    schedule(worked ? Duration.ZERO : poll);
                }, failure -> {
                    LOG.warn("outbox round failed; trying again", failure);
                    done.complete(null);
                    schedule(poll);
                }));
    }

    /** One round; true when it found something to do. */
    private Uni<Boolean> drain() {
        NotifyConfig.Outbox settings = config.outbox();
        return outbox.releaseHeld(Instant.now(), settings.batchSize(), routing.inhibitRules())
                .chain(released -> outbox.repeatDue(Instant.now(), settings.batchSize(), routing.inhibitRules())
                        .map(n -> released + n))
                .chain(queued -> outbox.claim(Instant.now(), settings.lease(), settings.batchSize(), rates)
                        .chain(claims -> claims.isEmpty() ? Uni.createFrom().item(queued > 0)
                                : attempt(claims).replaceWith(true)));
    }

    private Uni<Void> attempt(List<Claim> claims) {
        return Multi.createFrom().iterable(claims).onItem().transformToUniAndMerge(this::attempt).collect().asList()
                .chain(outcomes -> outbox.complete(outcomes, retry, Instant.now())
                        .invoke(statuses -> count(outcomes, statuses)))
                .replaceWithVoid();
    }

    private Uni<Outcome> attempt(Claim claim) {
        Uni<DeliveryResult> result = receivers.receiver(claim.receiver())
                .map(r -> r.deliver(claim.notification()))
                .orElseGet(() -> Uni.createFrom().item(new DeliveryResult(claim.receiver(), claim.groupKey(),
                        claim.alerts().size(), DeliveryResult.FAILED, 1,
                        "no receiver named " + claim.receiver() + " is configured")));
        return result.map(r -> new Outcome(claim, r));
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

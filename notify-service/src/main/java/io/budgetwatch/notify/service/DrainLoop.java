package io.budgetwatch.notify.service;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.mutiny.core.Vertx;

/**
 * Runs a drain in rounds on the event loop, for a table drained by every replica (the notification outbox, the
 * event outbox): a round that found work is followed at once by the next, otherwise the loop waits
 * {@code pollInterval}; a failed round is logged and tried again after it. Stopping lets the round in flight
 * finish, so its outcomes are recorded rather than tried again after their lease.
 */
final class DrainLoop {
    private static final Logger LOG = Logger.getLogger(DrainLoop.class);

    private final String name;
    private final Vertx vertx;
    private final Duration pollInterval;
    /** One round; true when it found something to do. */
    private final Supplier<Uni<Boolean>> round;
    private boolean running;
    private long timer = -1;
    private CompletableFuture<Void> inFlight = CompletableFuture.completedFuture(null);

    DrainLoop(String name, Vertx vertx, Duration pollInterval, Supplier<Uni<Boolean>> round) {
        this.name = name;
        this.vertx = vertx;
        this.pollInterval = pollInterval;
        this.round = round;
    }

    /** Starts draining (again); a no-op when running. */
    synchronized void start() {
        if (!running) {
            running = true;
            schedule(Duration.ZERO);
        }
    }

    /** Stops draining; completes when the round in flight, if any, is done. */
    synchronized CompletableFuture<Void> stop() {
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
        // Each round on its own duplicated context, flagged safe: Hibernate Reactive keeps its session there.
        Context context = VertxContext.createNewDuplicatedContext(vertx.getDelegate().getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(v -> Uni.createFrom().deferred(() -> round.get()).subscribe().with(worked -> {
            done.complete(null);
            schedule(worked ? Duration.ZERO : pollInterval);
        }, failure -> {
            LOG.warnf(failure, "%s round failed; trying again", name);
            done.complete(null);
            schedule(pollInterval);
        }));
    }
}

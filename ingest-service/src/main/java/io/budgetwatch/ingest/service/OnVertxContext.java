package io.budgetwatch.ingest.service;

import java.util.function.Supplier;

import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;

/**
 * Runs Hibernate Reactive work from a worker thread (crawler, upload): the work runs on a Vert.x context, as
 * Hibernate Reactive requires, and the worker waits for its result.
 */
final class OnVertxContext {
    private OnVertxContext() {
    }

    static <T> T await(Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}

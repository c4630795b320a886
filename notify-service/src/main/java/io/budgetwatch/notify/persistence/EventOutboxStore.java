package io.budgetwatch.notify.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.budgetwatch.events.AlertStateChanged;
import io.budgetwatch.notify.domain.RetryStage;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * The event outbox: {@link AlertStateChanged} events queued with the alert change, claimed by a relay with
 * {@code FOR UPDATE SKIP LOCKED} (replicas never take the same row), leased while they are published, and marked
 * published once the broker acknowledged them. An alert's events go out in the order of its changes: a row is
 * claimed only when no earlier row of the same key is still unpublished.
 */
@ApplicationScoped
public class EventOutboxStore {
    private static final String CLAIM = """
            select * from event_outbox o
            where o.published_at is null and o.next_attempt_at <= :now
              and not exists (select 1 from event_outbox e
                              where e.event_key = o.event_key and e.published_at is null and e.id < o.id)
            order by o.id limit :limit
            for update skip locked""";

    /** One claimed event; {@code attempt} is the row's attempt count, the fence against a lost lease. */
    public record Claim(long id, AlertStateChanged event, int attempt) {
    }

    /** What publishing {@code claim} came to: {@code error} is null when the broker acknowledged it. */
    public record Outcome(Claim claim, String error) {
    }

    /** Claims up to {@code limit} due events, each leased until {@code now + lease}, oldest first. */
    @WithTransaction
    public Uni<List<Claim>> claim(Instant now, Duration lease, int limit) {
        return Panache.getSession().chain(session -> session.createNativeQuery(CLAIM, EventOutboxRecord.class)
                .setParameter("now", now).setParameter("limit", limit).getResultList())
                .map(rows -> rows.stream().map(row -> {
                    row.attempts++;
                    row.nextAttemptAt = now.plus(lease);
                    return new Claim(row.id, row.event(), row.attempts);
                }).toList());
    }

    /**
     * Records the outcomes: published rows get their time, failed ones wait for the next attempt with
     * {@code retry}'s back-off (an event is never given up: consumers count on every change). An outcome whose
     * lease was lost (the row was claimed again since) is ignored.
     */
    @WithTransaction
    public Uni<Void> complete(List<Outcome> outcomes, RetryStage retry, Instant now) {
        return Multi.createFrom().iterable(outcomes).onItem()
                .transformToUniAndConcatenate(outcome -> EventOutboxRecord.<EventOutboxRecord> findById(
                        outcome.claim().id()).invoke(row -> {
                            if (row == null || row.publishedAt != null || row.attempts != outcome.claim().attempt()) {
                                return;
                            }
                            if (outcome.error() == null) {
                                row.publishedAt = now;
                                row.lastError = null;
                            } else {
                                row.lastError = outcome.error();
                                row.nextAttemptAt = now.plus(retry.delay(row.attempts));
                            }
                        }))
                .collect().asList().replaceWithVoid();
    }
}

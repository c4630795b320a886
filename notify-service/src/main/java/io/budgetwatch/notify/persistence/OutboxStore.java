package io.budgetwatch.notify.persistence;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.budgetwatch.notify.domain.AlertChange;
import io.budgetwatch.notify.domain.Batch;
import io.budgetwatch.notify.domain.DeliveryResult;
import io.budgetwatch.notify.domain.Dispatch;
import io.budgetwatch.notify.domain.Route;
import io.budgetwatch.notify.domain.RetryPolicy;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * The durable outbox: notifications queued with the alert change, claimed by a sender with
 * {@code FOR UPDATE SKIP LOCKED} (so replicas never take the same row), leased while they are attempted, and
 * finished as delivered or expired. A receiver gets its notifications in the order they were queued: only its
 * oldest pending row can be claimed, so a receiver that is down holds its queue instead of losing its order.
 */
@ApplicationScoped
public class OutboxStore {
    private static final String CLAIM = """
            select * from outbox o
            where o.state = 'pending' and o.next_attempt_at <= :now
              and not exists (select 1 from outbox e
                              where e.receiver = o.receiver and e.state = 'pending' and e.id < o.id)
            order by o.id limit :limit
            for update skip locked""";
    private static final String DUE_HELD = """
            select * from outbox where state = 'held' and next_attempt_at <= :now
            order by id limit :limit
            for update skip locked""";

    /** One claimed attempt; {@code attempt} is the row's attempt count, the fence against a lost lease. */
    public record Claim(long id, String receiver, String groupKey, List<AlertChange> alerts, int attempt) {
    }

    /** What the attempt at {@code claim} came to. */
    public record Outcome(Claim claim, DeliveryResult result) {
    }

    @Inject
    SilenceStore silences;

    /**
     * Queues {@code changes}, routed through {@code root} into groups, one row per group and receiver, joining
     * the caller's transaction. Parts muted by an active silence are queued as held (until the silence ends) and
     * recorded once per silence and set of alerts as a "silenced" delivery. Returns the batches queued.
     */
    @WithTransaction
    public Uni<List<Batch>> enqueue(List<AlertChange> changes, Route root, Instant now) {
        return silences.active(now).chain(active -> {
            List<Batch> queued = new ArrayList<>();
            List<PanacheEntityBase> rows = new ArrayList<>();
            Set<List<String>> recorded = new HashSet<>();
            for (Dispatch.Group group : Dispatch.groups(root, changes)) {
                for (Batch batch : Batch.split(group.groupKey(), group.alerts(), active, now)) {
                    queued.add(batch);
                    rows.add(row(group.receiver(), batch, now));
                    if (batch.held() && recorded.add(heldKey(batch))) {
                        rows.add(DeliveryRecord.of(DeliveryResult.silenced(batch.silence().id(), batch.groupKey(),
                                batch.alerts().size()), now));
                    }
                }
            }
            return (rows.isEmpty() ? Uni.createFrom().voidItem() : PanacheEntityBase.persist(rows))
                    .replaceWith(queued);
        });
    }

    private static List<String> heldKey(Batch batch) {
        List<String> key = new ArrayList<>(List.of(batch.silence().id()));
        batch.alerts().forEach(a -> key.add(a.fingerprint()));
        return key;
    }

    private static OutboxRecord row(String receiver, Batch batch, Instant now) {
        OutboxRecord row = new OutboxRecord();
        row.receiver = receiver;
        row.groupKey = batch.groupKey();
        row.alertChanges(batch.alerts());
        row.createdAt = now;
        hold(row, batch, now);
        return row;
    }

    private static void hold(OutboxRecord row, Batch batch, Instant now) {
        row.state = batch.held() ? OutboxRecord.HELD : OutboxRecord.PENDING;
        row.silenceId = batch.held() ? batch.silence().id() : null;
        row.nextAttemptAt = batch.held() ? batch.silence().endsAt() : now;
    }

    /**
     * Checks again the held rows whose silence has ended (or was expired): what is still in the state it was to
     * be notified in (same status, same firing episode) and is not muted by another silence becomes pending; a
     * part muted by another silence stays held until that one ends; the rest is dropped.
     */
    @WithTransaction
    public Uni<Integer> releaseHeld(Instant now, int limit) {
        return Panache.getSession().chain(session -> session.createNativeQuery(DUE_HELD, OutboxRecord.class)
                .setParameter("now", now).setParameter("limit", limit).getResultList())
                .chain(rows -> rows.isEmpty() ? Uni.createFrom().item(0) : release(rows, now));
    }

    private Uni<Integer> release(List<OutboxRecord> rows, Instant now) {
        List<String> fingerprints = rows.stream().flatMap(r -> r.alertChanges().stream())
                .map(AlertChange::fingerprint).distinct().toList();
        return silences.active(now).chain(active -> AlertRecord.<AlertRecord> list("fingerprint in ?1", fingerprints)
                .chain(current -> {
                    Map<String, AlertRecord> byFingerprint = current.stream()
                            .collect(Collectors.toMap(a -> a.fingerprint, Function.identity()));
                    List<OutboxRecord> split = new ArrayList<>();
                    for (OutboxRecord row : rows) {
                        List<AlertChange> still = row.alertChanges().stream()
                                .filter(c -> unchanged(c, byFingerprint.get(c.fingerprint()))).toList();
                        List<Batch> batches = Batch.split(row.groupKey, still, active, now);
                        if (batches.isEmpty()) {
                            row.state = OutboxRecord.DROPPED;
                            row.finishedAt = now;
                            continue;
                        }
                        row.alertChanges(batches.get(0).alerts());
                        hold(row, batches.get(0), now);
                        batches.stream().skip(1).forEach(b -> {
                            OutboxRecord part = row(row.receiver, b, now);
                            part.createdAt = row.createdAt;
                            split.add(part);
                        });
                    }
                    return (split.isEmpty() ? Uni.createFrom().voidItem() : PanacheEntityBase.persist(split))
                            .replaceWith(rows.size());
                }));
    }

    /** Whether the alert is still as {@code change} said: same status and, for a firing alert, same episode. */
    private static boolean unchanged(AlertChange change, AlertRecord current) {
        return current != null && current.status == change.status()
                && Objects.equals(millis(current.startsAt), millis(change.startsAt()));
    }

    private static Instant millis(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * Claims up to {@code limit} due rows, the oldest pending one of each receiver, skipping rows another sender
     * has locked; each is leased until {@code now + lease}, when it becomes due again should its sender die.
     */
    @WithTransaction
    public Uni<List<Claim>> claim(Instant now, Duration lease, int limit) {
        return Panache.getSession().chain(session -> session.createNativeQuery(CLAIM, OutboxRecord.class)
                .setParameter("now", now).setParameter("limit", limit).getResultList())
                .map(rows -> rows.stream().map(row -> {
                    row.attempts++;
                    row.nextAttemptAt = now.plus(lease);
                    return new Claim(row.id, row.receiver, row.groupKey, row.alertChanges(), row.attempts);
                }).toList());
    }

    /**
     * Records the outcomes: delivered rows are finished; failed ones wait for their next attempt, or expire when
     * {@code retry} gives up. An outcome whose lease was lost (the row was claimed again since) is ignored.
     * Returns, per outcome, {@code delivered}, {@code failed} (to be retried), {@code expired} or empty (ignored).
     */
    @WithTransaction
    public Uni<List<Optional<String>>> complete(List<Outcome> outcomes, RetryPolicy retry, Instant now) {
        return Multi.createFrom().iterable(outcomes).onItem()
                .transformToUniAndConcatenate(outcome -> OutboxRecord.<OutboxRecord> findById(outcome.claim().id())
                        .chain(row -> finish(row, outcome, retry, now)))
                .collect().asList();
    }

    private static Uni<Optional<String>> finish(OutboxRecord row, Outcome outcome, RetryPolicy retry, Instant now) {
        if (row == null || !OutboxRecord.PENDING.equals(row.state) || row.attempts != outcome.claim().attempt()) {
            return Uni.createFrom().item(Optional.empty());
        }
        DeliveryResult result = outcome.result();
        String status;
        if (result.delivered()) {
            row.state = OutboxRecord.DELIVERED;
            row.lastError = null;
            status = DeliveryResult.DELIVERED;
        } else {
            row.lastError = result.error();
            Optional<Instant> next = retry.nextAttempt(row.createdAt, row.attempts, now);
            next.ifPresent(at -> row.nextAttemptAt = at);
            status = next.isPresent() ? DeliveryResult.FAILED : DeliveryResult.EXPIRED;
            if (next.isPresent()) {
                return Uni.createFrom().item(Optional.of(status));
            }
            row.state = OutboxRecord.EXPIRED;
        }
        row.finishedAt = now;
        return DeliveryRecord.of(new DeliveryResult(row.receiver, row.groupKey, outcome.claim().alerts().size(),
                status, row.attempts, row.lastError), now).persist().replaceWith(Optional.of(status));
    }

    /** Rows, newest first; all states when {@code state} is null. */
    @WithSession
    public Uni<List<OutboxRecord>> rows(String state, int limit) {
        return (state == null ? OutboxRecord.<OutboxRecord> findAll(Sort.by("id").descending())
                : OutboxRecord.<OutboxRecord> find("state", Sort.by("id").descending(), state)).page(0, limit).list();
    }
}

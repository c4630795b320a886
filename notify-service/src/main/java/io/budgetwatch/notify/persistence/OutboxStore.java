package io.budgetwatch.notify.persistence;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import org.hibernate.reactive.mutiny.Mutiny;

import io.budgetwatch.events.AlertStatus;
import io.budgetwatch.notify.domain.AlertChange;
import io.budgetwatch.notify.domain.AlertPolicy;
import io.budgetwatch.notify.domain.Batch;
import io.budgetwatch.notify.domain.DedupStage;
import io.budgetwatch.notify.domain.DeliveryResult;
import io.budgetwatch.notify.domain.Dispatch;
import io.budgetwatch.notify.domain.HistoryEvent;
import io.budgetwatch.notify.domain.Notification;
import io.budgetwatch.notify.domain.NotifyPipeline;
import io.budgetwatch.notify.domain.RateLimitStage;
import io.budgetwatch.notify.domain.Route;
import io.budgetwatch.notify.domain.Timers;
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
 * oldest pending row can be claimed (rows still waiting for their group's timers aside), so a receiver that is
 * down holds its queue instead of losing its order. Delivered groups are remembered ({@link GroupState}) for
 * group_interval and repeat_interval.
 */
@ApplicationScoped
public class OutboxStore {
    private static final String CLAIM = """
            select * from outbox o
            where o.state = 'pending' and o.next_attempt_at <= :now
              and not exists (select 1 from outbox e
                              where e.receiver = o.receiver and e.state = 'pending' and e.id < o.id
                                and (e.attempts > 0 or e.next_attempt_at <= :now))
            order by o.id limit :limit
            for update skip locked""";
    /**
     * The due rows that may join a receiver's claimed row in one merged message: later ones, in order, none past a
     * row still waiting for its next attempt (so the receiver's order is kept).
     */
    private static final String MERGEABLE = """
            select * from outbox o
            where o.receiver = :receiver and o.state = 'pending' and o.id > :first and o.next_attempt_at <= :now
              and not exists (select 1 from outbox e
                              where e.receiver = o.receiver and e.state = 'pending' and e.id < o.id
                                and e.attempts > 0 and e.next_attempt_at > :now)
            order by o.id limit :limit
            for update skip locked""";
    private static final String DUE_REPEATS = """
            select * from notify_group where next_repeat_at <= :now
            order by next_repeat_at limit :limit
            for update skip locked""";
    private static final String DUE_HELD = """
            select * from outbox where state = 'held' and next_attempt_at <= :now
            order by id limit :limit
            for update skip locked""";

    /**
     * One claimed attempt; {@code attempt} is the row's attempt count, the fence against a lost lease. Claims with
     * the same {@code message} are sent as one merged message (the batch stage); a claim sent alone has its own id.
     */
    public record Claim(long id, String receiver, Notification notification, int attempt, long message) {
        public String groupKey() {
            return notification.groupKey();
        }

        public List<AlertChange> alerts() {
            return notification.alerts();
        }
    }

    /** What the attempt at {@code claim} came to. */
    public record Outcome(Claim claim, DeliveryResult result) {
    }

    /**
     * How long an inhibited notification waits before it is checked again, should the inhibiting alert's
     * resolution (which releases it at once) have been missed, e.g. because that alert's row was deleted.
     */
    private static final Duration INHIBITION_RECHECK = Duration.ofHours(1);

    @Inject
    SilenceStore silences;

    /**
     * Queues {@code changes}, routed through {@code root} into groups, one row per group and receiver, joining
     * the caller's transaction, at the time the route's timers say: a new group after {@code group_wait}, a group
     * already notified {@code group_interval} after its last notification; a change for a group whose row is
     * still waiting joins that row. Parts muted by an active silence are queued as held (until the silence ends)
     * and recorded once per silence and set of alerts as a "silenced" delivery. Only the changes {@code policy}
     * alerts on are notified; the others (inhibit sources below it) still release what they inhibited when they
     * resolve. Returns the batches queued.
     */
    @WithTransaction
    public Uni<List<Batch>> enqueue(List<AlertChange> changes, AlertPolicy policy, Route root,
            NotifyPipeline pipeline, Instant now) {
        List<String> resolved = changes.stream().filter(c -> c.status() == AlertStatus.RESOLVED)
                .map(AlertChange::fingerprint).toList();
        // What a resolved alert inhibited is due now: checked again, and sent if nothing else mutes it.
        Uni<Integer> released = resolved.isEmpty() ? Uni.createFrom().item(0)
                : OutboxRecord.update("nextAttemptAt = ?1 where state = ?2 and inhibitedBy in ?3", now,
                        OutboxRecord.HELD, resolved);
        return released.chain(() -> mutes(changes, pipeline, now)).chain(mutes -> {
            List<Batch> queued = new ArrayList<>();
            List<PanacheEntityBase> held = new ArrayList<>();
            Set<List<String>> recorded = new HashSet<>();
            Uni<Void> pending = Uni.createFrom().voidItem();
            for (Dispatch.Group group : Dispatch.groups(root, changes.stream().filter(policy::alerts).toList())) {
                for (Batch batch : pipeline.mute(group.groupKey(), group.alerts(), mutes, now)) {
                    queued.add(batch);
                    if (!batch.held()) {
                        // One after the other: a session runs one statement at a time.
                        pending = pending.chain(() -> queue(group, batch, pipeline, now));
                        continue;
                    }
                    held.add(row(group.receiver(), group.groupLabels(), batch, group.timers(), now));
                    held.addAll(HistoryRecord.of(batch.inhibitedBy() != null ? HistoryEvent.INHIBITED
                            : HistoryEvent.SILENCED, batch.alerts(), group.receiver(), batch.groupKey(), null,
                            batch.inhibitedBy() != null ? "inhibited-by:" + batch.inhibitedBy()
                                    : "silence:" + batch.silence().id(), now));
                    if (recorded.add(heldKey(batch))) {
                        held.add(DeliveryRecord.of(batch.inhibitedBy() != null
                                ? DeliveryResult.inhibited(batch.inhibitedBy(), batch.groupKey(), batch.alerts().size())
                                : DeliveryResult.silenced(batch.silence().id(), batch.groupKey(), batch.alerts().size()),
                                now));
                    }
                }
            }
            return pending.chain(() -> held.isEmpty() ? Uni.createFrom().voidItem() : PanacheEntityBase.persist(held))
                    .replaceWith(queued);
        });
    }

    private static Uni<Void> queue(Dispatch.Group group, Batch batch, NotifyPipeline pipeline, Instant now) {
        String receiver = group.receiver();
        Timers timers = group.timers();
        return OutboxRecord.<OutboxRecord> find("receiver = ?1 and groupKey = ?2 and state = ?3 and attempts = 0"
                + " and nextAttemptAt > ?4", receiver, batch.groupKey(), OutboxRecord.PENDING, now)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult().chain(waiting -> {
                    if (waiting != null) {
                        waiting.alertChanges(pipeline.dedup().merge(waiting.alertChanges(), batch.alerts()));
                        return Uni.createFrom().voidItem();
                    }
                    return GroupState.<GroupState> findById(GroupState.id(receiver, batch.groupKey())).chain(state -> {
                        OutboxRecord row = row(receiver, group.groupLabels(), batch, timers, now);
                        row.nextAttemptAt = pipeline.waiting().dueAt(timers,
                                state == null || state.firingFingerprints().isEmpty() ? Optional.empty()
                                        : Optional.of(state.lastNotifiedAt), now);
                        return row.persist().replaceWithVoid();
                    });
                });
    }

    /** The silences in force and the firing alerts of the departments of {@code alerts}, for inhibit rules. */
    private Uni<Batch.Mutes> mutes(List<AlertChange> alerts, NotifyPipeline pipeline, Instant now) {
        List<String> departments = alerts.stream().map(AlertChange::departmentKey).distinct().toList();
        return silences.active(now).chain(active -> pipeline.inhibit().rules().isEmpty() || departments.isEmpty()
                ? Uni.createFrom().item(new Batch.Mutes(active, List.of()))
                : AlertRecord.<AlertRecord> list("status = ?1 and departmentKey in ?2",
                        Sort.by("startsAt", "fingerprint"), AlertStatus.FIRING, departments)
                        .map(firing -> new Batch.Mutes(active,
                                firing.stream().map(AlertRecord::toChange).toList())));
    }

    private static List<String> heldKey(Batch batch) {
        List<String> key = new ArrayList<>(List.of(batch.silence() != null ? "s:" + batch.silence().id()
                : "i:" + batch.inhibitedBy()));
        batch.alerts().forEach(a -> key.add(a.fingerprint()));
        return key;
    }

    private static OutboxRecord row(String receiver, Map<String, String> groupLabels, Batch batch, Timers timers,
            Instant now) {
        return row(receiver, groupLabels, batch,
                timers.repeatInterval() == null ? null : timers.repeatInterval().toSeconds(), now);
    }

    private static OutboxRecord row(String receiver, Map<String, String> groupLabels, Batch batch,
            Long repeatSeconds, Instant now) {
        OutboxRecord row = new OutboxRecord();
        row.receiver = receiver;
        row.groupKey = batch.groupKey();
        row.groupLabels(groupLabels);
        row.alertChanges(batch.alerts());
        row.createdAt = now;
        row.repeatSeconds = repeatSeconds;
        hold(row, batch, now);
        return row;
    }

    private static void hold(OutboxRecord row, Batch batch, Instant now) {
        row.state = batch.held() ? OutboxRecord.HELD : OutboxRecord.PENDING;
        row.silenceId = batch.silence() == null ? null : batch.silence().id();
        row.inhibitedBy = batch.inhibitedBy();
        row.nextAttemptAt = batch.silence() != null ? batch.silence().endsAt()
                : batch.inhibitedBy() != null ? now.plus(INHIBITION_RECHECK) : now;
    }

    /**
     * Queues again, due now, the firing alerts of every group whose repeat interval has passed since it was last
     * notified (Alertmanager's repeat_interval), unless a notification for the group is already on its way.
     * Silenced alerts are left out; a group with nothing firing any more is not repeated again.
     */
    @WithTransaction
    public Uni<Integer> repeatDue(Instant now, int limit, NotifyPipeline pipeline) {
        return Panache.getSession().chain(session -> session.createNativeQuery(DUE_REPEATS, GroupState.class)
                .setParameter("now", now).setParameter("limit", limit).getResultList())
                .chain(groups -> groups.isEmpty() ? Uni.createFrom().item(0)
                        : Multi.createFrom().iterable(groups).onItem()
                                .transformToUniAndConcatenate(group -> repeat(group, pipeline, now)).collect().asList()
                                .map(queued -> (int) queued.stream().filter(Boolean::booleanValue).count()));
    }

    private Uni<Boolean> repeat(GroupState group, NotifyPipeline pipeline, Instant now) {
        group.nextRepeatAt = now.plusSeconds(group.repeatSeconds);
        return AlertRecord.<AlertRecord> list("fingerprint in ?1 and status = ?2", Sort.by("startsAt", "fingerprint"),
                group.firingFingerprints(), AlertStatus.FIRING).chain(firing -> {
                    if (firing.isEmpty()) {
                        group.firingFingerprints(List.of());
                        group.nextRepeatAt = null;
                        return Uni.createFrom().item(false);
                    }
                    List<AlertChange> changes = firing.stream().map(AlertRecord::toChange).toList();
                    return OutboxRecord.count("receiver = ?1 and groupKey = ?2 and state = ?3", group.receiver,
                            group.groupKey, OutboxRecord.PENDING).chain(onItsWay -> mutes(changes, pipeline, now)
                            .chain(mutes -> {
                                List<Batch> muted = pipeline.mute(group.groupKey, changes, mutes, now);
                                if (!pipeline.dedup().repeats(onItsWay > 0, muted)) {
                                    return Uni.createFrom().item(false);
                                }
                                return row(group.receiver, LabelsColumn.read(group.groupLabels), muted.get(0),
                                        group.repeatSeconds, now).persist()
                                        .replaceWith(true);
                            }));
                });
    }

    /**
     * Checks again the held rows whose silence has ended (or was expired): what is still in the state it was to
     * be notified in (same status, same firing episode) and is not muted by another silence becomes pending; a
     * part muted by another silence stays held until that one ends; the rest is dropped.
     */
    @WithTransaction
    public Uni<Integer> releaseHeld(Instant now, int limit, NotifyPipeline pipeline) {
        return Panache.getSession().chain(session -> session.createNativeQuery(DUE_HELD, OutboxRecord.class)
                .setParameter("now", now).setParameter("limit", limit).getResultList())
                .chain(rows -> rows.isEmpty() ? Uni.createFrom().item(0) : release(rows, pipeline, now));
    }

    private Uni<Integer> release(List<OutboxRecord> rows, NotifyPipeline pipeline, Instant now) {
        List<AlertChange> held = rows.stream().flatMap(r -> r.alertChanges().stream()).toList();
        List<String> fingerprints = held.stream().map(AlertChange::fingerprint).distinct().toList();
        return mutes(held, pipeline, now).chain(mutes -> AlertRecord.<AlertRecord> list("fingerprint in ?1", fingerprints)
                .chain(current -> {
                    Map<String, AlertRecord> byFingerprint = current.stream()
                            .collect(Collectors.toMap(a -> a.fingerprint, Function.identity()));
                    List<OutboxRecord> split = new ArrayList<>();
                    for (OutboxRecord row : rows) {
                        List<AlertChange> still = row.alertChanges().stream()
                                .filter(c -> unchanged(c, byFingerprint.get(c.fingerprint()))).toList();
                        List<Batch> batches = pipeline.mute(row.groupKey, still, mutes, now);
                        if (batches.isEmpty()) {
                            row.state = OutboxRecord.DROPPED;
                            row.finishedAt = now;
                            continue;
                        }
                        row.alertChanges(batches.get(0).alerts());
                        hold(row, batches.get(0), now);
                        batches.stream().skip(1).forEach(b -> {
                            OutboxRecord part = row(row.receiver, row.groupLabels(), b, row.repeatSeconds, now);
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
     * Claims up to {@code limit} due rows, the oldest pending one of each receiver (not counting rows that wait
     * for their group's timers and were never attempted), skipping rows another sender has locked; each is leased
     * until {@code now + lease}, when it becomes due again should its sender die. A receiver at its rate limit is
     * skipped; one near it that {@code merges} groups also gets its further due rows, as many as
     * {@code pipeline.batch()} allows, to be sent with the first in one message.
     */
    @WithTransaction
    public Uni<List<Claim>> claim(Instant now, Duration lease, int limit, NotifyPipeline pipeline,
            Predicate<String> merges) {
        RateLimitStage rates = pipeline.rateLimit();
        return Panache.getSession().chain(session -> session.createNativeQuery(CLAIM, OutboxRecord.class)
                .setParameter("now", now).setParameter("limit", limit).getResultList()
                .chain(rows -> sentInWindow(session, rows, rates, now).chain(sent -> {
                    // A receiver at its limit keeps its row, unleased, for a later round.
                    List<OutboxRecord> first = rows.stream()
                            .filter(row -> !rates.atLimit(row.receiver, sent.getOrDefault(row.receiver, 0L)))
                            .toList();
                    // One after the other: a session runs one statement at a time.
                    Uni<List<List<OutboxRecord>>> messages = Uni.createFrom().item(new ArrayList<>());
                    for (OutboxRecord row : first) {
                        int groups = merges.test(row.receiver) ? pipeline.batch()
                                .groupsPerMessage(rates.limit(row.receiver), sent.getOrDefault(row.receiver, 0L)) : 1;
                        messages = messages.chain(list -> mergeable(session, row, groups, now).map(message -> {
                            list.add(message);
                            return list;
                        }));
                    }
                    return messages;
                }))).map(messages -> messages.stream().flatMap(message -> message.stream().map(row -> {
                    row.attempts++;
                    row.nextAttemptAt = now.plus(lease);
                    long first = message.get(0).id;
                    row.messageId = message.size() > 1 ? first : null;
                    return new Claim(row.id, row.receiver, row.notification(), row.attempts, first);
                })).toList());
    }

    /** {@code row} and, when {@code groups} allows more than one, the due rows that follow it for its receiver. */
    private static Uni<List<OutboxRecord>> mergeable(Mutiny.Session session, OutboxRecord row, int groups,
            Instant now) {
        if (groups <= 1) {
            return Uni.createFrom().item(List.of(row));
        }
        return session.createNativeQuery(MERGEABLE, OutboxRecord.class).setParameter("receiver", row.receiver)
                .setParameter("first", row.id).setParameter("now", now).setParameter("limit", groups - 1)
                .getResultList().map(more -> {
                    List<OutboxRecord> message = new ArrayList<>(List.of(row));
                    message.addAll(more);
                    return message;
                });
    }

    /** How many messages each rate-limited receiver among {@code rows} was delivered in the last window. */
    private static Uni<Map<String, Long>> sentInWindow(Mutiny.Session session, List<OutboxRecord> rows,
            RateLimitStage rates, Instant now) {
        List<String> limited = rows.stream().map(r -> r.receiver).filter(r -> rates.limit(r).isPresent()).toList();
        if (limited.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        // A merged message is one message: its rows share a messageId.
        return session.createQuery("select o.receiver, count(distinct coalesce(o.messageId, o.id)) from OutboxRecord o"
                + " where o.state = :delivered"
                + " and o.finishedAt > :since and o.receiver in :receivers group by o.receiver", Object[].class)
                .setParameter("delivered", OutboxRecord.DELIVERED).setParameter("since", now.minus(rates.window()))
                .setParameter("receivers", limited).getResultList()
                .map(counts -> counts.stream().collect(Collectors.toMap(c -> (String) c[0], c -> (Long) c[1])));
    }

    /**
     * Records the outcomes: delivered rows are finished; failed ones wait for their next attempt, or expire when
     * {@code retry} gives up. An outcome whose lease was lost (the row was claimed again since) is ignored.
     * Returns, per outcome, {@code delivered}, {@code failed} (to be retried), {@code expired} or empty (ignored).
     */
    @WithTransaction
    public Uni<List<Optional<String>>> complete(List<Outcome> outcomes, NotifyPipeline pipeline, Instant now) {
        return Multi.createFrom().iterable(outcomes).onItem()
                .transformToUniAndConcatenate(outcome -> OutboxRecord.<OutboxRecord> findById(outcome.claim().id())
                        .chain(row -> finish(row, outcome, pipeline, now)))
                .collect().asList();
    }

    private static Uni<Optional<String>> finish(OutboxRecord row, Outcome outcome, NotifyPipeline pipeline,
            Instant now) {
        if (row == null || !OutboxRecord.PENDING.equals(row.state) || row.attempts != outcome.claim().attempt()) {
            return Uni.createFrom().item(Optional.empty());
        }
        DeliveryResult result = outcome.result();
        String status;
        Uni<Void> remembered = Uni.createFrom().voidItem();
        if (result.delivered()) {
            row.state = OutboxRecord.DELIVERED;
            row.lastError = null;
            status = DeliveryResult.DELIVERED;
            remembered = remember(row, outcome.claim().alerts(), pipeline.dedup(), now);
        } else {
            row.lastError = result.error();
            Optional<Instant> next = pipeline.retry().nextAttempt(row.createdAt, row.attempts, now);
            next.ifPresent(at -> row.nextAttemptAt = at);
            status = next.isPresent() ? DeliveryResult.FAILED : DeliveryResult.EXPIRED;
            if (next.isPresent()) {
                return history(outcome, status, row.lastError, now).replaceWith(Optional.of(status));
            }
            row.state = OutboxRecord.EXPIRED;
        }
        row.finishedAt = now;
        DeliveryRecord delivery = DeliveryRecord.of(new DeliveryResult(row.receiver, row.groupKey,
                outcome.claim().alerts().size(), status, row.attempts, row.lastError), now);
        return remembered.chain(delivery::persist).chain(() -> history(outcome, status, row.lastError, now))
                .replaceWith(Optional.of(status));
    }

    /** One history event per alert of the attempt: delivered, failed (with why) or expired. */
    private static Uni<Void> history(Outcome outcome, String status, String reason, Instant now) {
        Claim claim = outcome.claim();
        return PanacheEntityBase.persist(HistoryRecord.of(HistoryEvent.of(status).orElseThrow(), claim.alerts(),
                claim.receiver(), claim.groupKey(), claim.attempt(), reason, now));
    }

    /** Updates the group's notification log after {@code alerts} were delivered for it. */
    private static Uni<Void> remember(OutboxRecord row, List<AlertChange> alerts, DedupStage dedup, Instant now) {
        String id = GroupState.id(row.receiver, row.groupKey);
        return GroupState.<GroupState> findById(id).chain(existing -> {
            GroupState state = existing == null ? new GroupState() : existing;
            Set<String> firing = dedup.firingAfter(existing == null ? List.of() : existing.firingFingerprints(),
                    alerts);
            state.id = id;
            state.receiver = row.receiver;
            state.groupKey = row.groupKey;
            state.groupLabels = row.groupLabels;
            state.firingFingerprints(List.copyOf(firing));
            state.lastNotifiedAt = now;
            state.repeatSeconds = row.repeatSeconds;
            state.nextRepeatAt = dedup.nextRepeat(firing, row.repeatSeconds, now).orElse(null);
            return existing == null ? state.persist().replaceWithVoid() : Uni.createFrom().voidItem();
        });
    }

    /** Rows, newest first; all states when {@code state} is null. */
    @WithSession
    public Uni<List<OutboxRecord>> rows(String state, int limit) {
        return (state == null ? OutboxRecord.<OutboxRecord> findAll(Sort.by("id").descending())
                : OutboxRecord.<OutboxRecord> find("state", Sort.by("id").descending(), state)).page(0, limit).list();
    }
}

package io.budgetwatch.notify.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.budgetwatch.events.AlertStatus;
import io.budgetwatch.events.Finding;
import io.budgetwatch.events.ReconciliationReport;
import io.budgetwatch.notify.domain.AlertChange;
import io.budgetwatch.notify.domain.AlertPolicy;
import io.budgetwatch.notify.domain.Batch;
import io.budgetwatch.notify.domain.HistoryEvent;
import io.budgetwatch.notify.domain.NotifyPipeline;
import io.budgetwatch.notify.domain.Route;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** Alert state in PostgreSQL: firing and resolved alerts by fingerprint, and the delivery history. */
@ApplicationScoped
public class AlertStore {

    /** What a report changed, and the batches queued in the outbox for it. */
    public record Applied(List<AlertChange> changes, List<Batch> queued) {
    }

    @Inject
    OutboxStore outbox;

    /**
     * Applies a report: new (or returning) findings start firing, known firing ones only count an occurrence,
     * resolved ones stop firing. What changed is routed through {@code routes}, goes through the queueing stages
     * of {@code pipeline} and is queued in the same transaction, with its history and its AlertStateChanged event,
     * so no change is stored without its notifications and its event, nor notified or published without being
     * stored. A finding {@code policy} does not alert on is still kept as an alert when it is the source of an
     * inhibit rule (CMP-002, an info, mutes its table's alerts by default): stored, with its history, to inhibit
     * and to release what it inhibited when it resolves, but neither notified nor published.
     */
    @WithTransaction
    public Uni<Applied> apply(ReconciliationReport report, AlertPolicy policy, Route routes,
            NotifyPipeline pipeline) {
        Instant now = Instant.now();
        List<Uni<AlertChange>> changes = new ArrayList<>();
        report.findings().stream().map(f -> AlertChange.firing(report, f, now))
                .filter(c -> policy.alerts(c) || pipeline.inhibit().isSource(c))
                .forEach(c -> changes.add(fire(c, now)));
        report.resolved().forEach(f -> changes.add(resolve(f, now)));
        if (changes.isEmpty()) {
            return Uni.createFrom().item(new Applied(List.of(), List.of()));
        }
        return Multi.createFrom().iterable(changes).onItem().transformToUniAndConcatenate(u -> u).collect().asList()
                .map(list -> list.stream().filter(c -> c != null).toList())
                .chain(changed -> changed.isEmpty() ? Uni.createFrom().item(new Applied(List.of(), List.of()))
                        : publish(changed.stream().filter(policy::alerts).toList(), now)
                                .chain(() -> outbox.enqueue(changed, policy, routes, pipeline, now))
                                .map(queued -> new Applied(changed, queued)));
    }

    /** Queues the AlertStateChanged events of {@code changes} for the event relay. */
    private static Uni<Void> publish(List<AlertChange> changes, Instant now) {
        return changes.isEmpty() ? Uni.createFrom().voidItem()
                : PanacheEntityBase.persist(changes.stream()
                        .map(c -> EventOutboxRecord.of(c.event(UUID.randomUUID().toString()), now)).toList());
    }

    private Uni<AlertChange> fire(AlertChange firing, Instant now) {
        return AlertRecord.<AlertRecord> findById(firing.fingerprint()).chain(existing -> {
            AlertRecord alert = existing == null ? new AlertRecord() : existing;
            boolean refired = existing != null && existing.status == AlertStatus.RESOLVED;
            boolean changed = existing == null || refired;
            alert.lastSeenAt = now;
            alert.occurrences++;
            if (!changed) {
                return Uni.createFrom().nullItem();
            }
            alert.fire(firing);
            AlertChange change = alert.toChange();
            return (existing == null ? alert.persist() : Uni.createFrom().item(alert))
                    .chain(() -> HistoryRecord.of(refired ? HistoryEvent.REFIRED : HistoryEvent.FIRING, change, now)
                            .persist())
                    .replaceWith(change);
        });
    }

    private Uni<AlertChange> resolve(Finding finding, Instant now) {
        return AlertRecord.<AlertRecord> findById(finding.fingerprint()).chain(alert -> {
            if (alert == null || alert.status == AlertStatus.RESOLVED) {
                return Uni.createFrom().nullItem();
            }
            alert.status = AlertStatus.RESOLVED;
            alert.endsAt = now;
            AlertChange change = alert.toChange();
            return HistoryRecord.of(HistoryEvent.RESOLVED, change, now).persist().replaceWith(change);
        });
    }

    @WithSession
    public Uni<List<AlertRecord>> alerts(AlertStatus status, String department, int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (status != null) {
            query.append(" and status = :status");
            parameters = parameters.and("status", status);
        }
        if (department != null && !department.isBlank()) {
            query.append(" and (departmentKey = :department or department like :namePart)");
            parameters = parameters.and("department", department).and("namePart", "%" + department + "%");
        }
        return AlertRecord.<AlertRecord> find(query.toString(), Sort.by("startsAt").descending(), parameters)
                .page(0, limit).list();
    }

    @WithSession
    public Uni<AlertRecord> alert(String fingerprint) {
        return AlertRecord.findById(fingerprint);
    }

    @WithSession
    public Uni<List<DeliveryRecord>> deliveries(int limit) {
        return DeliveryRecord.<DeliveryRecord> findAll(Sort.by("at").descending()).page(0, limit).list();
    }
}

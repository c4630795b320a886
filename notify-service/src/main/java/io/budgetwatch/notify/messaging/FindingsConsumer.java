package io.budgetwatch.notify.messaging;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.budgetwatch.events.EventMessages;
import io.budgetwatch.events.AlertStateChanged;
import io.budgetwatch.events.ReconciliationReport;
import io.budgetwatch.events.Severity;
import io.budgetwatch.notify.config.NotifyConfig;
import io.budgetwatch.notify.domain.AlertChange;
import io.budgetwatch.notify.domain.AlertPolicy;
import io.budgetwatch.notify.domain.Batch;
import io.budgetwatch.notify.domain.DeliveryResult;
import io.budgetwatch.notify.persistence.AlertStore;
import io.budgetwatch.notify.service.Routing;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;

/**
 * disclosure.findings.v1 → alerts. The alert state and its notifications (routed; one outbox row per group and
 * receiver; parts muted by a silence held back) are stored in one transaction, so a duplicate report alerts once
 * and no change goes untold; the outbox sender delivers them. Each change is then published on
 * disclosure.alerts.v1.
 */
@ApplicationScoped
public class FindingsConsumer {
    @Inject
    AlertStore store;

    @Inject
    Routing routing;

    @Inject
    NotifyConfig config;

    @Inject
    MeterRegistry metrics;

    @Inject
    @Channel("alerts")
    MutinyEmitter<AlertStateChanged> alerts;

    private AlertPolicy policy;

    @PostConstruct
    void init() {
        policy = new AlertPolicy(Severity.valueOf(config.minSeverity().toUpperCase(Locale.ROOT)),
                new HashSet<>(config.categories().orElse(List.of())));
    }

    @Incoming("findings")
    public Uni<Void> consume(ReconciliationReport report) {
        return store.apply(report, policy, routing.root(), routing.inhibitRules()).chain(applied -> {
            applied.queued().stream().filter(Batch::held).forEach(b -> metrics.counter("budgetwatch.notify.deliveries",
                    "receiver", b.silence() != null ? "silence" : "inhibition", "outcome",
                    b.silence() != null ? DeliveryResult.SILENCED : DeliveryResult.INHIBITED).increment());
            return applied.changes().isEmpty() ? Uni.createFrom().voidItem() : publish(applied.changes());
        });
    }

    private Uni<Void> publish(List<AlertChange> changes) {
        return Multi.createFrom().iterable(changes).onItem().transformToUniAndConcatenate(this::publish).collect()
                .last().replaceWithVoid();
    }

    private Uni<Void> publish(AlertChange change) {
        AlertStateChanged event = new AlertStateChanged(AlertStateChanged.SCHEMA_VERSION,
                UUID.randomUUID().toString(), change.fingerprint(), change.status(), change.departmentKey(),
                change.department(), change.year(), change.documentId(), change.ruleId(), change.category(),
                change.severity(), change.message(), change.startsAt(), change.endsAt());
        return alerts.sendMessage(EventMessages.keyed(event, change.fingerprint(), config.eventSource()));
    }
}

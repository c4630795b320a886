package io.budgetwatch.notify.messaging;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.budgetwatch.events.ReconciliationReport;
import io.budgetwatch.events.Severity;
import io.budgetwatch.notify.config.NotifyConfig;
import io.budgetwatch.notify.domain.AlertPolicy;
import io.budgetwatch.notify.domain.Batch;
import io.budgetwatch.notify.domain.DeliveryResult;
import io.budgetwatch.notify.persistence.AlertStore;
import io.budgetwatch.notify.service.Pipeline;
import io.budgetwatch.notify.service.Routing;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;

/**
 * disclosure.findings.v1 → alerts. The alert state and its notifications (routed; one outbox row per group and
 * receiver; parts muted by a silence held back) are stored in one transaction with the change's history and its
 * AlertStateChanged event, so a duplicate report alerts once and no change goes untold or unpublished; the outbox
 * sender delivers the notifications, the event relay publishes the events on disclosure.alerts.v1.
 */
@ApplicationScoped
public class FindingsConsumer {
    private static final Logger LOG = Logger.getLogger(FindingsConsumer.class);

    @Inject
    AlertStore store;

    @Inject
    Routing routing;

    @Inject
    Pipeline pipeline;

    @Inject
    NotifyConfig config;

    @Inject
    MeterRegistry metrics;

    private AlertPolicy policy;

    @PostConstruct
    void init() {
        policy = new AlertPolicy(Severity.valueOf(config.minSeverity().toUpperCase(Locale.ROOT)),
                new HashSet<>(config.categories().orElse(List.of())));
    }

    @Incoming("findings")
    public Uni<Void> consume(ReconciliationReport report) {
        return store.apply(report, policy, routing.root(), pipeline.get()).invoke(applied -> applied.queued().stream()
                .filter(Batch::held).forEach(b -> metrics.counter("budgetwatch.notify.deliveries",
                        "receiver", b.silence() != null ? "silence" : "inhibition", "outcome",
                        b.silence() != null ? DeliveryResult.SILENCED : DeliveryResult.INHIBITED).increment()))
                .onFailure().invoke(e -> LOG.errorf(e, "report %s of %s (document %s) not applied, sent to the "
                        + "dead-letter topic: %s", report.eventId(), report.departmentKey(), report.documentId(), e))
                .replaceWithVoid();
    }
}

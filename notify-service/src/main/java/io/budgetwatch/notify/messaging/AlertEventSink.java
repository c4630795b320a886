package io.budgetwatch.notify.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Channel;

import io.budgetwatch.events.AlertStateChanged;
import io.budgetwatch.events.EventMessages;
import io.budgetwatch.notify.config.NotifyConfig;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;

/** Publishes one AlertStateChanged on disclosure.alerts.v1, keyed by fingerprint; completes when the broker acks. */
@ApplicationScoped
public class AlertEventSink {
    @Inject
    @Channel("alerts")
    MutinyEmitter<AlertStateChanged> alerts;

    @Inject
    NotifyConfig config;

    public Uni<Void> publish(AlertStateChanged event) {
        return alerts.sendMessage(EventMessages.keyed(event, event.fingerprint(), config.eventSource()));
    }
}

package io.budgetwatch.notify.rest;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.budgetwatch.events.AlertStatus;
import io.budgetwatch.notify.domain.AlertChange;
import io.budgetwatch.notify.persistence.AlertRecord;
import io.budgetwatch.notify.persistence.AlertStore;
import io.budgetwatch.notify.persistence.DeliveryRecord;
import io.budgetwatch.notify.persistence.OutboxRecord;
import io.budgetwatch.notify.persistence.OutboxStore;
import io.smallrye.mutiny.Uni;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class AlertResource {
    @Inject
    AlertStore store;

    @Inject
    OutboxStore outbox;

    /** Alerts, newest first; {@code status} firing|resolved, {@code department} a key or part of the name. */
    @GET
    @Path("/alerts")
    public Uni<List<AlertView>> alerts(@QueryParam("status") String status,
            @QueryParam("department") String department, @QueryParam("limit") @DefaultValue("100") int limit) {
        AlertStatus wanted = status == null || status.isBlank() ? null : status(status);
        return store.alerts(wanted, department, Math.min(Math.max(limit, 1), 1000))
                .map(list -> list.stream().map(AlertView::of).toList());
    }

    private static AlertStatus status(String status) {
        try {
            return AlertStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("status must be firing or resolved");
        }
    }

    @GET
    @Path("/alerts/{fingerprint}")
    public Uni<AlertView> alert(@PathParam("fingerprint") String fingerprint) {
        return store.alert(fingerprint).onItem().ifNull()
                .failWith(() -> new NotFoundException("no alert " + fingerprint)).map(AlertView::of);
    }

    /** Delivery history: which receiver got which group, after how many attempts, and why it failed. */
    @GET
    @Path("/deliveries")
    public Uni<List<DeliveryRecord>> deliveries(@QueryParam("limit") @DefaultValue("100") int limit) {
        return store.deliveries(Math.min(Math.max(limit, 1), 1000));
    }

    /**
     * The outbox, newest first: every notification per receiver with its state ({@code pending}, {@code held},
     * {@code delivered}, {@code expired}, {@code dropped}), attempts, next attempt and last error.
     */
    @GET
    @Path("/outbox")
    public Uni<List<OutboxView>> outbox(@QueryParam("state") String state,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        if (state != null && !OutboxRecord.STATES.contains(state)) {
            throw new BadRequestException("state must be one of " + String.join(", ", OutboxRecord.STATES));
        }
        return outbox.rows(state, Math.min(Math.max(limit, 1), 1000))
                .map(list -> list.stream().map(OutboxView::of).toList());
    }

    public record OutboxView(long id, String receiver, String groupKey, List<String> fingerprints, String state,
            int attempts, Instant createdAt, Instant nextAttemptAt, String lastError, String silenceId,
            Instant finishedAt) {
        static OutboxView of(OutboxRecord row) {
            return new OutboxView(row.id, row.receiver, row.groupKey,
                    row.alertChanges().stream().map(AlertChange::fingerprint).toList(), row.state, row.attempts,
                    row.createdAt, row.nextAttemptAt, row.lastError, row.silenceId, row.finishedAt);
        }
    }

    public record AlertView(AlertChange alert, int occurrences, Instant lastSeenAt) {
        static AlertView of(AlertRecord record) {
            return new AlertView(record.toChange(), record.occurrences, record.lastSeenAt);
        }
    }
}

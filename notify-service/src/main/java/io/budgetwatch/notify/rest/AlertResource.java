package io.budgetwatch.notify.rest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
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
import io.budgetwatch.events.Severity;
import io.budgetwatch.notify.domain.AlertChange;
import io.budgetwatch.notify.domain.HistoryEvent;
import io.budgetwatch.notify.persistence.AlertRecord;
import io.budgetwatch.notify.persistence.AlertStore;
import io.budgetwatch.notify.persistence.DeliveryRecord;
import io.budgetwatch.notify.persistence.HistoryStore;
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

    @Inject
    HistoryStore history;

    static final int HISTORY_MAX = 500;

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

    /**
     * The alert history, newest first: every state change and what became of every notification per receiver,
     * filtered by the query parameters (see {@link HistoryStore.Query}), {@code limit} (at most
     * {@value #HISTORY_MAX}) to a page; {@code next} is the cursor of the following page, null after the last.
     */
    @GET
    @Path("/alerts/history")
    public Uni<HistoryPage> history(@QueryParam("fingerprint") String fingerprint, @QueryParam("event") String event,
            @QueryParam("status") String status, @QueryParam("department") String department,
            @QueryParam("ruleId") String ruleId, @QueryParam("severity") String severity,
            @QueryParam("category") String category, @QueryParam("region") String region,
            @QueryParam("receiver") String receiver, @QueryParam("since") String since,
            @QueryParam("until") String until, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        int size = HistoryPage.limit(limit, HISTORY_MAX);
        HistoryStore.Query query = new HistoryStore.Query(blankToNull(fingerprint),
                blank(event) ? null : HistoryEvent.of(event.trim()).orElseThrow(() -> new BadRequestException(
                        "event must be one of " + String.join(", ", HistoryEvent.labels()))),
                blank(status) ? null : status(status), blankToNull(department), blankToNull(ruleId),
                blank(severity) ? null : severity(severity), blankToNull(category), blankToNull(region),
                blankToNull(receiver), time("since", since), time("until", until), HistoryPage.after(cursor));
        // One more than the page, to know whether there is a next one.
        return history.events(query, size + 1).map(events -> HistoryPage.of(events, size));
    }

    /** One alert's history: {@code /alerts/history?fingerprint=…}. */
    @GET
    @Path("/alerts/{fingerprint}/history")
    public Uni<HistoryPage> alertHistory(@PathParam("fingerprint") String fingerprint,
            @QueryParam("event") String event, @QueryParam("receiver") String receiver,
            @QueryParam("since") String since, @QueryParam("until") String until, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return history(fingerprint, event, null, null, null, null, null, null, receiver, since, until, limit,
                cursor);
    }

    private static Severity severity(String severity) {
        try {
            return Severity.valueOf(severity.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("severity must be critical, warning or info");
        }
    }

    private static Instant time(String name, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name + " must be an RFC 3339 time, e.g. 2026-03-01T08:00:00Z");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return blank(value) ? null : value.trim();
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

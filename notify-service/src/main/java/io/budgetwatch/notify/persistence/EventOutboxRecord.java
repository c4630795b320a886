package io.budgetwatch.notify.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import io.budgetwatch.events.AlertStateChanged;
import io.budgetwatch.events.EventJson;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * One {@link AlertStateChanged} to publish on disclosure.alerts.v1, written in the transaction that changed the
 * alert, so no change is stored without its event, nor published without being stored. Published rows stay, with
 * when. Column names are explicit because the relay claims rows with native SQL ({@code FOR UPDATE SKIP LOCKED}).
 */
@Entity
@Table(name = "event_outbox", indexes = { @Index(name = "event_outbox_due", columnList = "published_at, id"),
        @Index(name = "event_outbox_key", columnList = "event_key, published_at, id") })
public class EventOutboxRecord extends PanacheEntityBase {
    /** Identity, so ids grow in the order the changes were made: the order an alert's events are published in. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false, unique = true, length = 36)
    public String eventId;

    /** The record key on the topic: the alert's fingerprint. */
    @Column(name = "event_key", nullable = false, length = 64)
    public String key;

    @Column(name = "payload", nullable = false, columnDefinition = "text")
    public String payload;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "attempts", nullable = false)
    public int attempts;

    @Column(name = "last_error", columnDefinition = "text")
    public String lastError;

    /** When the broker acknowledged it; null while it is still to be published. */
    @Column(name = "published_at")
    public Instant publishedAt;

    public static EventOutboxRecord of(AlertStateChanged event, Instant now) {
        EventOutboxRecord record = new EventOutboxRecord();
        record.eventId = event.eventId();
        record.key = event.fingerprint();
        record.payload = EventJson.writeString(event);
        record.createdAt = now;
        record.nextAttemptAt = now;
        return record;
    }

    public AlertStateChanged event() {
        return EventJson.read(payload, AlertStateChanged.class);
    }
}

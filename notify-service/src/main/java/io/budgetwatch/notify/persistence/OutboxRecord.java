package io.budgetwatch.notify.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import com.fasterxml.jackson.core.type.TypeReference;

import io.budgetwatch.events.EventJson;
import io.budgetwatch.notify.domain.AlertChange;
import io.budgetwatch.notify.domain.Notification;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * One notification (a group's alert changes) for one receiver, queued in the transaction that changed the alerts,
 * so a notification exists exactly when the alert state says it must be told. Column names are explicit because
 * the sender claims rows with native SQL ({@code FOR UPDATE SKIP LOCKED}).
 */
@Entity
@Table(name = "outbox", indexes = { @Index(name = "outbox_due", columnList = "state, next_attempt_at"),
        @Index(name = "outbox_receiver", columnList = "receiver, state, id") })
public class OutboxRecord extends PanacheEntityBase {
    /** Waiting for its next attempt (or being attempted, while {@code nextAttemptAt} is the lease's end). */
    public static final String PENDING = "pending";
    /** Muted by {@code silenceId} or {@code inhibitedBy} until {@code nextAttemptAt}, then checked again. */
    public static final String HELD = "held";
    public static final String DELIVERED = "delivered";
    /** Given up: still failing after the maximum age. */
    public static final String EXPIRED = "expired";
    /** Held by a silence, and by its end no longer in the state it was to be notified in. */
    public static final String DROPPED = "dropped";

    public static final List<String> STATES = List.of(PENDING, HELD, DELIVERED, EXPIRED, DROPPED);

    private static final TypeReference<List<AlertChange>> ALERTS = new TypeReference<>() {
    };

    /** Identity, so ids grow in insertion order across replicas: the order a receiver is sent its groups in. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "receiver", nullable = false, length = 256)
    public String receiver;

    @Column(name = "group_key", nullable = false, length = 1024)
    public String groupKey;

    /** The group's labels (the route's group_by values), as a JSON object. */
    @Column(name = "group_labels", columnDefinition = "text")
    public String groupLabels;

    /** The alert changes as JSON: what is sent, as it was when queued. */
    @Column(name = "alerts", nullable = false, columnDefinition = "text")
    public String alerts;

    @Column(name = "state", nullable = false, length = 16)
    public String state;

    @Column(name = "silence_id", length = 36)
    public String silenceId;

    /** The fingerprint of the firing alert that inhibits this one's alerts, while it is held for that reason. */
    @Column(name = "inhibited_by", length = 64)
    public String inhibitedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "attempts", nullable = false)
    public int attempts;

    @Column(name = "last_error", columnDefinition = "text")
    public String lastError;

    @Column(name = "finished_at")
    public Instant finishedAt;

    /**
     * The id of the first row of the merged message this row was last attempted in (the batch stage); null when it
     * was attempted alone. Rate limits count messages, not rows.
     */
    @Column(name = "message_id")
    public Long messageId;

    /** The route's repeat interval, remembered for the group once this is delivered; null: never repeated. */
    @Column(name = "repeat_seconds")
    public Long repeatSeconds;

    public List<AlertChange> alertChanges() {
        try {
            return EventJson.mapper().readValue(alerts, ALERTS);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("outbox row " + id + " holds unreadable alerts", e);
        }
    }

    public void alertChanges(List<AlertChange> changes) {
        alerts = EventJson.writeString(changes);
    }

    public SortedMap<String, String> groupLabels() {
        return LabelsColumn.read(groupLabels);
    }

    public void groupLabels(Map<String, String> labels) {
        groupLabels = LabelsColumn.write(labels);
    }

    /** What the row sends. */
    public Notification notification() {
        return new Notification(groupKey, groupLabels(), alertChanges());
    }
}

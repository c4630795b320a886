package io.budgetwatch.notify.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import io.budgetwatch.events.AlertStatus;
import io.budgetwatch.events.Severity;
import io.budgetwatch.notify.domain.AlertChange;
import io.budgetwatch.notify.domain.HistoryEvent;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * One thing that happened to one alert: a state change, or what became of its notification to one receiver.
 * Written in the transaction that did it, so the history says exactly what the alert state and the outbox did.
 */
@Entity
@Table(name = "alert_history", indexes = { @Index(name = "alert_history_fingerprint", columnList = "fingerprint, id"),
        @Index(name = "alert_history_at", columnList = "at") })
public class HistoryRecord extends PanacheEntityBase {
    /** Identity: ids grow in the order events were written, the stable order pages are cut in. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public Instant at;

    /** {@link HistoryEvent#label()}. */
    @Column(nullable = false, length = 16)
    public String event;

    @Column(nullable = false, length = 64)
    public String fingerprint;

    /** The alert's status in the change this event is about. */
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    public AlertStatus status;

    @Column(length = 512)
    public String departmentKey;

    @Column(length = 512)
    public String department;

    @Column(length = 128)
    public String region;

    public Integer year;

    @Column(length = 64)
    public String documentId;

    @Column(length = 64)
    public String ruleId;

    @Column(length = 32)
    public String category;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    public Severity severity;

    /** The receiver a notification event is about; null for a state change. */
    @Column(length = 256)
    public String receiver;

    @Column(length = 1024)
    public String groupKey;

    /** The attempt a delivery event came from. */
    public Integer attempt;

    /** Why: a failed attempt's error (credentials taken out), the silence or inhibiting alert that holds it. */
    @Column(columnDefinition = "text")
    public String reason;

    public static HistoryRecord of(HistoryEvent event, AlertChange alert, Instant at) {
        HistoryRecord record = new HistoryRecord();
        record.at = at;
        record.event = event.label();
        record.fingerprint = alert.fingerprint();
        record.status = alert.status();
        record.departmentKey = alert.departmentKey();
        record.department = alert.department();
        record.region = alert.region();
        record.year = alert.year();
        record.documentId = alert.documentId();
        record.ruleId = alert.ruleId();
        record.category = alert.category();
        record.severity = alert.severity();
        return record;
    }

    /** One event per alert of a notification to {@code receiver}. */
    public static List<HistoryRecord> of(HistoryEvent event, List<AlertChange> alerts, String receiver,
            String groupKey, Integer attempt, String reason, Instant at) {
        List<HistoryRecord> records = new ArrayList<>();
        for (AlertChange alert : alerts) {
            HistoryRecord record = of(event, alert, at);
            record.receiver = receiver;
            record.groupKey = groupKey;
            record.attempt = attempt;
            record.reason = reason;
            records.add(record);
        }
        return records;
    }
}

package io.budgetwatch.notify.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.budgetwatch.notify.domain.DeliveryResult;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** One notification delivered to (or given up on for) one receiver, or held by a silence: the history operators audit. */
@Entity
@Table(name = "delivery")
public class DeliveryRecord extends PanacheEntityBase {
    @Id
    @GeneratedValue
    public Long id;

    @Column(nullable = false, length = 256)
    public String receiver;

    @Column(nullable = false, length = 1024)
    public String groupKey;

    @Column(nullable = false, length = 16)
    public String status;

    public int alerts;

    public int attempts;

    @Column(columnDefinition = "text")
    public String error;

    @Column(nullable = false)
    public Instant at;

    public static DeliveryRecord of(DeliveryResult result, Instant at) {
        DeliveryRecord record = new DeliveryRecord();
        record.receiver = result.receiver();
        record.groupKey = result.groupKey();
        record.status = result.status();
        record.alerts = result.alerts();
        record.attempts = result.attempts();
        record.error = result.error();
        record.at = at;
        return record;
    }
}

package io.budgetwatch.notify.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** One notification sent (or failed) to one receiver: the alert history an operator audits. */
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
}

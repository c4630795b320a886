package io.budgetwatch.reconcileservice.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A department's disclosure as parsed, kept as history for next year's checks. */
@Entity
@Table(name = "disclosure", indexes = @Index(name = "disclosure_department_year", columnList = "departmentKey, year, kind"))
public class DisclosureRecord extends PanacheEntityBase {
    @Id
    @Column(length = 64)
    public String documentId;

    @Column(nullable = false, length = 512)
    public String departmentKey;

    public Integer year;

    @Column(length = 32)
    public String kind;

    @Column(nullable = false, columnDefinition = "text")
    public String parsedJson;

    @Column(nullable = false)
    public Instant receivedAt;
}

package io.budgetwatch.reconcileservice.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * The report of one document. A later document of the same department, year and kind supersedes it
 * ({@code supersededBy}); its findings that vanished are reported resolved.
 */
@Entity
@Table(name = "report", indexes = @Index(name = "report_department_year", columnList = "departmentKey, year, kind"))
public class ReportRecord extends PanacheEntityBase {
    @Id
    @Column(length = 64)
    public String documentId;

    @Column(nullable = false, length = 512)
    public String departmentKey;

    @Column(length = 512)
    public String departmentName;

    public Integer year;

    @Column(length = 32)
    public String kind;

    public int critical;

    public int warnings;

    @Column(length = 64)
    public String supersededBy;

    /** {@link io.budgetwatch.reconcile.Supersession.Part} of the document; null in rows stored before it existed. */
    @Column(length = 16)
    public String part;

    @Column(nullable = false, columnDefinition = "text")
    public String reportJson;

    @Column(nullable = false)
    public Instant createdAt;
}

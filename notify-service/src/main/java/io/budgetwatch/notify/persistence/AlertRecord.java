package io.budgetwatch.notify.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.budgetwatch.events.AlertStatus;
import io.budgetwatch.events.Severity;
import io.budgetwatch.notify.domain.AlertChange;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** One alert per finding fingerprint: the same problem seen again does not alert again. */
@Entity
@Table(name = "alert")
public class AlertRecord extends PanacheEntityBase {
    @Id
    @Column(length = 64)
    public String fingerprint;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public AlertStatus status;

    @Column(nullable = false, length = 512)
    public String departmentKey;

    @Column(length = 512)
    public String department;

    @Column(length = 128)
    public String region;

    public Integer year;

    @Column(length = 64)
    public String documentId;

    /** The table type the finding's evidence names first; null when none, and for alerts stored before it was kept. */
    @Column(name = "table_type", length = 64)
    public String table;

    @Column(length = 64)
    public String ruleId;

    @Column(length = 32)
    public String category;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    public Severity severity;

    @Column(columnDefinition = "text")
    public String message;

    /** Where the finding can be seen in the PDF (EvidenceText), null for alerts stored before it was kept. */
    @Column(columnDefinition = "text")
    public String evidence;

    public Instant startsAt;

    public Instant endsAt;

    public Instant lastSeenAt;

    /** How many reports carried this finding; duplicates raise it without alerting. */
    public int occurrences;

    public AlertChange toChange() {
        return new AlertChange(fingerprint, status, departmentKey, department, region, year, documentId, table,
                ruleId, category, severity, message, evidence, startsAt, endsAt);
    }

    /** Takes the state of {@code change}, which starts (or starts again) to fire. */
    void fire(AlertChange change) {
        fingerprint = change.fingerprint();
        status = change.status();
        departmentKey = change.departmentKey();
        department = change.department();
        region = change.region();
        year = change.year();
        documentId = change.documentId();
        table = change.table();
        ruleId = change.ruleId();
        category = change.category();
        severity = change.severity();
        message = change.message();
        evidence = change.evidence();
        startsAt = change.startsAt();
        endsAt = null;
    }
}

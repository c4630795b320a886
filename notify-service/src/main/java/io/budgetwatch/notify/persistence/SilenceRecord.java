package io.budgetwatch.notify.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.budgetwatch.notify.domain.Silence;
import io.budgetwatch.notify.domain.SilenceMatchers;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A silence; expiring it (DELETE) sets {@code endsAt} to now, so the record stays for the history. */
@Entity
@Table(name = "silence")
public class SilenceRecord extends PanacheEntityBase {
    @Id
    @Column(length = 36)
    public String id;

    @Column(length = 512)
    public String department;

    @Column(length = 64)
    public String ruleId;

    @Column(length = 32)
    public String category;

    @Column(length = 16)
    public String severity;

    @Column(length = 128)
    public String region;

    @Column(nullable = false)
    public Instant startsAt;

    @Column(nullable = false)
    public Instant endsAt;

    @Column(length = 256)
    public String createdBy;

    @Column(columnDefinition = "text")
    public String comment;

    public Silence toSilence() {
        return new Silence(id, new SilenceMatchers(department, ruleId, category, severity, region), startsAt, endsAt,
                createdBy, comment);
    }
}

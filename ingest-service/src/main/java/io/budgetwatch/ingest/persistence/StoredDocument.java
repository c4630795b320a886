package io.budgetwatch.ingest.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * A disclosure PDF, keyed by the SHA-256 of its bytes. {@code published} turns true once DocumentDiscovered was
 * acknowledged by Kafka, so a document stored but not yet emitted (a crash in between) is emitted on the next cycle.
 */
@Entity
@Table(name = "document")
public class StoredDocument extends PanacheEntityBase {
    @Id
    @Column(length = 64)
    public String id;

    @Column(nullable = false)
    public String sourceId;

    @Column(length = 2048)
    public String sourceUrl;

    public String fileName;

    @Column(length = 1024)
    public String title;

    public long sizeBytes;

    @Column(length = 2048)
    public String pageUrl;

    @Column(length = 1024)
    public String linkText;

    /** JSON array of the other attachments of {@code pageUrl}, as DocumentDiscovered carries them. */
    @Column(columnDefinition = "text")
    public String siblings;

    @Column(nullable = false)
    public Instant discoveredAt;

    public boolean published;

    @Column(nullable = false)
    public byte[] content;
}

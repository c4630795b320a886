package io.budgetwatch.ingest.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** One visit of a URL, kept as the fetch history operators read at {@code GET /api/sources/{id}/history}. */
@Entity
@Table(name = "crawl_event", indexes = @Index(name = "crawl_event_source", columnList = "sourceId, at"))
public class CrawlEvent extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 2048)
    public String sourceId;

    @Column(nullable = false, length = 2048)
    public String url;

    @Column(nullable = false)
    public Instant at;

    /** The URL's status after the visit, or NEW_DOCUMENT / UNCHANGED for PDFs. */
    @Column(nullable = false, length = 32)
    public String outcome;

    public Integer httpStatus;

    @Column(length = 64)
    public String documentId;

    @Column(length = 2048)
    public String detail;
}

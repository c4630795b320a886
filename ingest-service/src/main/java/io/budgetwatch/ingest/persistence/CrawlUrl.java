package io.budgetwatch.ingest.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import io.budgetwatch.crawl.LinkKind;
import io.budgetwatch.crawl.UrlStatus;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * One URL of the crawl frontier and its fetch state: how it was found (source, depth, kind, the page linking it
 * and the link text), the HTTP validators of its last download (so the next visit is a conditional GET), when it
 * is due again, and consecutive failures. A replica claims due rows with {@code FOR UPDATE SKIP LOCKED} and holds
 * them by {@code leasedUntil}, so two replicas never fetch the same URL at once. The columns the claim's native
 * query reads are named explicitly.
 */
@Entity
@Table(name = "crawl_url", indexes = @Index(name = "crawl_url_due", columnList = "source_id, next_due_at"))
public class CrawlUrl extends PanacheEntityBase {
    @Id
    @Column(length = 2048)
    public String url;

    @Column(name = "source_id", nullable = false, length = 2048)
    public String sourceId;

    public int depth;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public LinkKind kind;

    @Column(length = 2048)
    public String pageUrl;

    @Column(length = 1024)
    public String linkText;

    /** JSON array of the other attachments of {@code pageUrl} ({@code [{url, linkText}]}), for attachments. */
    @Column(columnDefinition = "text")
    public String siblings;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public UrlStatus status;

    public Integer httpStatus;

    public String etag;

    public String lastModified;

    @Column(length = 64)
    public String documentId;

    @Column(length = 1024)
    public String fileName;

    public int failures;

    @Column(length = 2048)
    public String lastError;

    @Column(name = "discovered_at", nullable = false)
    public Instant discoveredAt;

    @Column(name = "last_fetched_at")
    public Instant lastFetchedAt;

    @Column(name = "next_due_at", nullable = false)
    public Instant nextDueAt;

    @Column(name = "leased_until")
    public Instant leasedUntil;
}

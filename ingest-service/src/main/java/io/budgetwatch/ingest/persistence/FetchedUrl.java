package io.budgetwatch.ingest.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * The HTTP validators of the last download of a PDF URL, so the next crawl asks "has it changed?" instead of
 * downloading every disclosure again. A URL republished with new bytes is still picked up.
 */
@Entity
@Table(name = "fetched_url")
public class FetchedUrl extends PanacheEntityBase {
    @Id
    @Column(length = 2048)
    public String url;

    public String etag;

    public String lastModified;

    @Column(length = 64)
    public String documentId;

    public Instant fetchedAt;
}

package io.budgetwatch.crawl;

import java.time.Instant;

/**
 * One URL of a crawl frontier and its fetch state: how it was found (source, depth, kind, the page linking it and
 * the link text; for an attachment the page's other attachments as JSON {@code [{url, linkText}]}), the validators
 * of its last download, consecutive failures and when it is due again.
 */
public class FrontierUrl {
    public String url;
    public String sourceId;
    public int depth;
    public LinkKind kind;
    public String pageUrl;
    public String linkText;
    public String siblings;
    public UrlStatus status;
    public Integer httpStatus;
    public String etag;
    public String lastModified;
    public String documentId;
    public String fileName;
    public int failures;
    public String lastError;
    public Instant discoveredAt;
    public Instant lastFetchedAt;
    public Instant nextDueAt;

    /** A URL just found, due now. */
    public static FrontierUrl pending(String url, String sourceId, int depth, LinkKind kind, String pageUrl,
            String linkText, String siblings, Instant now) {
        FrontierUrl row = new FrontierUrl();
        row.url = url;
        row.sourceId = sourceId;
        row.depth = depth;
        row.kind = kind;
        row.pageUrl = pageUrl;
        row.linkText = linkText;
        row.siblings = siblings;
        row.status = UrlStatus.PENDING;
        row.discoveredAt = now;
        row.nextDueAt = now;
        return row;
    }
}

package io.budgetwatch.crawl;

/** What a link on a portal page leads to, which decides how far the crawler follows it. */
public enum LinkKind {
    /** The next page of the same listing: followed at the same depth. */
    PAGINATION,
    /** An HTML page (a disclosure's detail page, or a sub-listing): followed while the depth allows. */
    PAGE,
    /** A file attached to the page: fetched, kept when it is a PDF, recorded as skipped otherwise. */
    ATTACHMENT
}

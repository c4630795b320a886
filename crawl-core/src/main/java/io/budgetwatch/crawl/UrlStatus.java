package io.budgetwatch.crawl;

/** Where a URL of the frontier stands after its last visit. */
public enum UrlStatus {
    /** Discovered, never fetched. */
    PENDING,
    /** Fetched (200 or 304); due again at {@code nextDueAt}. */
    FETCHED,
    /** An attachment that is not a PDF (office file, HTML page posing as PDF, out-of-scope host): not kept. */
    SKIPPED,
    /** Failed; tried again on a later crawl. */
    FAILED,
    /** robots.txt disallows it. */
    ROBOTS_DENIED,
    /** Refused for safety (address, scheme, size, redirects); asked again at the next revisit. */
    REFUSED,
    /** Answered 404/410 on {@code retire-after-failures} crawls in a row: no longer requested. */
    RETIRED
}

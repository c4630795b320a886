package io.budgetwatch.crawl;

import java.net.URI;

/** A link found on a portal page: where it leads, its text (may be empty) and what kind of target it is. */
public record PageLink(URI url, String text, LinkKind kind) {
}

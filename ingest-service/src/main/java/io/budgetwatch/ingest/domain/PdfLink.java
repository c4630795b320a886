package io.budgetwatch.ingest.domain;

import java.net.URI;

/** A link to a PDF found on a listing page, with the link text as its title (may be empty). */
public record PdfLink(URI url, String title) {
}

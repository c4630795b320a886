package io.budgetwatch.ingest.domain;

/**
 * Where a PDF came from: the source id (a configured portal, or {@code upload}), the URL it was fetched from
 * (null for uploads), the file name and a title.
 */
public record DocumentOrigin(String sourceId, String sourceUrl, String fileName, String title) {
    public static final String UPLOAD = "upload";
}

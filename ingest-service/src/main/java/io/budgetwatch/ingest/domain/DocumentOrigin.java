package io.budgetwatch.ingest.domain;

import java.util.List;

import io.budgetwatch.events.DocumentDiscovered.Attachment;

/**
 * Where a PDF came from: the source id (a configured portal, or {@code upload}), the URL it was fetched from
 * (null for uploads), the file name and a title; for crawled PDFs also the page linking it, the link text and the
 * page's other attachments.
 */
public record DocumentOrigin(String sourceId, String sourceUrl, String fileName, String title, String pageUrl,
        String linkText, List<Attachment> siblings) {
    public static final String UPLOAD = "upload";

    public static DocumentOrigin upload(String sourceUrl, String fileName, String title) {
        return new DocumentOrigin(UPLOAD, sourceUrl, fileName, title, null, null, List.of());
    }
}

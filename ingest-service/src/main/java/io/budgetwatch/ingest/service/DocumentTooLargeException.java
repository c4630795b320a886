package io.budgetwatch.ingest.service;

/** A PDF above {@code budgetwatch.ingest.max-document-bytes}: refused before it is stored. */
public class DocumentTooLargeException extends RuntimeException {
    public DocumentTooLargeException(long size, long limit) {
        super("文件过大：" + size + " 字节，上限 " + limit + " 字节 (document too large: " + size + " bytes, limit " + limit
                + ")");
    }
}

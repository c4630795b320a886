package io.budgetwatch.parse;

/** Which document is being read: its id (SHA-256 of the bytes), where it came from, and its file name for messages. */
public record DocumentRef(String documentId, String sourceUrl, String fileName) {
}

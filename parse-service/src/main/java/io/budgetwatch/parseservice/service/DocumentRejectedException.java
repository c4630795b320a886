package io.budgetwatch.parseservice.service;

/**
 * A document that cannot become a DisclosureParsed. The message is the dead-letter reason: it names the
 * document, the reason code and, where known, the page, so an operator can act on it.
 */
public class DocumentRejectedException extends RuntimeException {
    private final String reasonCode;

    public DocumentRejectedException(String reasonCode, String documentId, String message, Throwable cause) {
        super("[" + reasonCode + "] document " + documentId + ": " + message, cause);
        this.reasonCode = reasonCode;
    }

    public String reasonCode() {
        return reasonCode;
    }
}

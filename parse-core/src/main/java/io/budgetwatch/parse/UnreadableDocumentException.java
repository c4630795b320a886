package io.budgetwatch.parse;

/** The document cannot be read at all; {@link #reason()} says why and {@link #page()} where, when page-bound. */
public final class UnreadableDocumentException extends Exception {

    public enum Reason { NOT_PDF, CORRUPT, ENCRYPTED, NO_PAGES, NO_TEXT_LAYER, TOO_LARGE, TIMEOUT }

    private final Reason reason;
    private final Integer page;

    public UnreadableDocumentException(Reason reason, Integer page, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.page = page;
    }

    public UnreadableDocumentException(Reason reason, String message) {
        this(reason, null, message, null);
    }

    public Reason reason() {
        return reason;
    }

    public Integer page() {
        return page;
    }
}

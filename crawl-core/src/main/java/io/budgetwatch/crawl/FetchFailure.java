package io.budgetwatch.crawl;

/** A request the crawler did not complete, with the reason it is recorded and counted under. */
public class FetchFailure extends Exception {
    public enum Reason {
        /** Not http(s), or an address that is not public and not allow-listed. */
        REFUSED,
        ROBOTS_DENIED,
        TOO_LARGE,
        TIMEOUT,
        REDIRECT_LOOP,
        TOO_MANY_REDIRECTS,
        NETWORK
    }

    private final Reason reason;

    public FetchFailure(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public FetchFailure(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

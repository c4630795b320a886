package io.budgetwatch.local;

/**
 * A stage of the local stack did not do its job (start the broker, start a service, crawl, parse, …). The stage
 * name and the message are what the user reads: they say what failed and where to look.
 */
final class StageFailure extends Exception {
    private final String stage;

    StageFailure(String stage, String message) {
        super(message);
        this.stage = stage;
    }

    StageFailure(String stage, String message, Throwable cause) {
        super(message, cause);
        this.stage = stage;
    }

    String stage() {
        return stage;
    }
}

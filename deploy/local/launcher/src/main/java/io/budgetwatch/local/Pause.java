package io.budgetwatch.local;

import java.time.Duration;

/** Sleeping between polls; an interrupt means the launcher is shutting down. */
final class Pause {
    private Pause() {
    }

    static void sleep(Duration duration) throws StageFailure {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StageFailure("shutdown", "interrupted while waiting");
        }
    }
}

package io.budgetwatch.notify.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The retry stage of the pipeline ({@link NotifyPipeline}), after a failed send: when the next attempt at a notification is due: exponential back-off from {@code initialBackoff}, multiplied by
 * {@code multiplier} after each failure and capped at {@code maxBackoff}, so a receiver down for hours is tried
 * every {@code maxBackoff}; after {@code maxAge} since the notification was queued it is given up.
 */
public record RetryStage(Duration initialBackoff, double multiplier, Duration maxBackoff, Duration maxAge) {

    public RetryStage {
        if (initialBackoff.isNegative() || initialBackoff.isZero() || multiplier < 1
                || maxBackoff.compareTo(initialBackoff) < 0 || maxAge.isNegative()) {
            throw new IllegalArgumentException("back-off needs initial > 0, multiplier >= 1, max >= initial, age >= 0");
        }
    }

    /** The wait after the {@code failedAttempts}-th failure (1 = the first). */
    public Duration delay(int failedAttempts) {
        double millis = initialBackoff.toMillis() * Math.pow(multiplier, Math.max(0, failedAttempts - 1));
        return millis >= maxBackoff.toMillis() ? maxBackoff : Duration.ofMillis((long) millis);
    }

    /** When to try again after a failure at {@code now}; empty when the notification is too old to keep trying. */
    public Optional<Instant> nextAttempt(Instant queuedAt, int failedAttempts, Instant now) {
        Instant next = now.plus(delay(failedAttempts));
        return next.isAfter(queuedAt.plus(maxAge)) ? Optional.empty() : Optional.of(next);
    }
}

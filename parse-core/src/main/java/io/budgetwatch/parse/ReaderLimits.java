package io.budgetwatch.parse;

import java.time.Duration;
import java.util.Objects;

/** Bounds on one read: input size, page count and wall-clock time. */
public record ReaderLimits(long maxBytes, int maxPages, Duration timeout) {

    public ReaderLimits {
        Objects.requireNonNull(timeout, "timeout");
        if (maxBytes <= 0 || maxPages <= 0 || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("limits must be positive: " + maxBytes + ", " + maxPages + ", " + timeout);
        }
    }

    public static ReaderLimits defaults() {
        return new ReaderLimits(50L * 1024 * 1024, 500, Duration.ofSeconds(60));
    }
}

package io.budgetwatch.parse;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds on one read: input size, page count, wall-clock time and the number of PDF objects. Disclosures of a few
 * dozen pages hold a few thousand objects; a file claiming far more is built to exhaust memory (each object is
 * parsed and cached), so it is refused before any page is read.
 */
public record ReaderLimits(long maxBytes, int maxPages, Duration timeout, int maxObjects) {
    public static final int DEFAULT_MAX_OBJECTS = 200_000;

    public ReaderLimits {
        Objects.requireNonNull(timeout, "timeout");
        if (maxBytes <= 0 || maxPages <= 0 || maxObjects <= 0 || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException(
                    "limits must be positive: " + maxBytes + ", " + maxPages + ", " + timeout + ", " + maxObjects);
        }
    }

    public ReaderLimits(long maxBytes, int maxPages, Duration timeout) {
        this(maxBytes, maxPages, timeout, DEFAULT_MAX_OBJECTS);
    }

    public static ReaderLimits defaults() {
        return new ReaderLimits(50L * 1024 * 1024, 500, Duration.ofSeconds(60));
    }
}

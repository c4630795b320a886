package io.budgetwatch.notify.domain;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rate-limit stage of the pipeline ({@link NotifyPipeline}): how many notifications a receiver takes per
 * {@code window} (chat robots accept about 20 a minute and reject the
 * rest). A receiver at its limit is not sent anything until its count in the last window falls below it; its
 * notifications wait in the outbox meanwhile.
 */
public record RateLimitStage(Map<String, Integer> perWindow, Duration window) {

    /** Parses {@code receiver=count} entries, e.g. {@code dingtalk=20}. */
    public static RateLimitStage parse(List<String> entries, Duration window) {
        Map<String, Integer> limits = new LinkedHashMap<>();
        for (String entry : entries) {
            String[] parts = entry.trim().split("=", 2);
            if (parts.length != 2 || parts[0].isBlank()) {
                throw new IllegalArgumentException("a rate limit is receiver=count, not " + entry);
            }
            int count = Integer.parseInt(parts[1].trim());
            if (count < 1) {
                throw new IllegalArgumentException("a rate limit must allow at least one notification: " + entry);
            }
            limits.put(parts[0].trim(), count);
        }
        return new RateLimitStage(Map.copyOf(limits), window);
    }

    public Optional<Integer> limit(String receiver) {
        return Optional.ofNullable(perWindow.get(receiver));
    }

    /** Whether {@code receiver}, having been sent {@code sentInWindow} in the last window, must wait. */
    public boolean atLimit(String receiver, long sentInWindow) {
        return limit(receiver).map(limit -> sentInWindow >= limit).orElse(false);
    }
}

package io.budgetwatch.notify.domain;

import java.time.Duration;

/**
 * Alertmanager's timers of a route: a new group waits {@code groupWait} to gather more alerts before its first
 * notification; a change to a group already notified waits until {@code groupInterval} after the last one; a group
 * whose alerts keep firing is notified again every {@code repeatInterval} (never when null).
 */
public record Timers(Duration groupWait, Duration groupInterval, Duration repeatInterval) {
    /** Alertmanager's defaults. */
    public static final Timers ALERTMANAGER = new Timers(Duration.ofSeconds(30), Duration.ofMinutes(5),
            Duration.ofHours(4));
    /** Without a routes file: at once, and never repeated, as notify did before routes existed. */
    public static final Timers IMMEDIATE = new Timers(Duration.ZERO, Duration.ZERO, null);
}

package io.budgetwatch.notify.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * The wait stage of the pipeline ({@link NotifyPipeline}): when a group's notification is due, by its route's
 * timers. A new group (or one whose last notification left nothing firing) waits {@code group_wait}, to gather
 * alerts arriving meanwhile; a group already notified waits until {@code group_interval} after its last
 * notification.
 */
public final class WaitStage {

    /** {@code lastNotified}: when the group was last notified with alerts still firing; empty for a new group. */
    public Instant dueAt(Timers timers, Optional<Instant> lastNotified, Instant now) {
        Instant due = lastNotified.map(at -> at.plus(timers.groupInterval())).orElse(now.plus(timers.groupWait()));
        return due.isAfter(now) ? due : now;
    }
}

package io.budgetwatch.notify.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import io.budgetwatch.events.AlertStatus;

/**
 * The dedup stage of the pipeline ({@link NotifyPipeline}), Alertmanager's notification log: what a receiver was
 * told about a group decides what it is told next. A change to a group whose notification has not gone out yet
 * joins it instead of making a second one; a group is repeated every {@code repeat_interval} while something the
 * receiver was told is firing still fires, and never while a notification for it is on its way.
 */
public final class DedupStage {

    /** {@code waiting} with {@code later} applied: a later change of the same alert replaces the earlier one. */
    public List<AlertChange> merge(List<AlertChange> waiting, List<AlertChange> later) {
        Map<String, AlertChange> merged = new LinkedHashMap<>();
        waiting.forEach(c -> merged.put(c.fingerprint(), c));
        later.forEach(c -> merged.put(c.fingerprint(), c));
        return List.copyOf(merged.values());
    }

    /** What the receiver knows to be firing after it was told {@code delivered}. */
    public SortedSet<String> firingAfter(Collection<String> firingBefore, List<AlertChange> delivered) {
        SortedSet<String> firing = new TreeSet<>(firingBefore);
        for (AlertChange alert : delivered) {
            if (alert.status() == AlertStatus.FIRING) {
                firing.add(alert.fingerprint());
            } else {
                firing.remove(alert.fingerprint());
            }
        }
        return firing;
    }

    /** When the group is due to be repeated after a notification at {@code notifiedAt}; empty: never. */
    public Optional<Instant> nextRepeat(Collection<String> firing, Long repeatSeconds, Instant notifiedAt) {
        return firing.isEmpty() || repeatSeconds == null ? Optional.empty()
                : Optional.of(notifiedAt.plusSeconds(repeatSeconds));
    }

    /** Whether a due repeat is queued: not while a notification is on its way, nor when all of it is muted. */
    public boolean repeats(boolean notificationOnItsWay, List<Batch> muted) {
        return !notificationOnItsWay && !muted.isEmpty() && !muted.get(0).held();
    }
}

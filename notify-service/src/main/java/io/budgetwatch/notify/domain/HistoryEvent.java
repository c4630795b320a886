package io.budgetwatch.notify.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What can happen to an alert, as its history records it: its state changes ({@link #FIRING}, {@link #REFIRED}
 * after it had resolved, {@link #RESOLVED}) and what became of each notification of it per receiver (the
 * {@link DeliveryResult} statuses: held by a silence or an inhibiting alert, delivered, one failed attempt, given
 * up).
 */
public enum HistoryEvent {
    FIRING, REFIRED, RESOLVED, SILENCED, INHIBITED, DELIVERED, FAILED, EXPIRED;

    /** The name in the API and the database: {@code firing}, {@code refired}, … */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(HistoryEvent::label).toList();
    }

    /** The event named {@code label} (as {@link #label()} or a {@link DeliveryResult} status has it). */
    public static Optional<HistoryEvent> of(String label) {
        return Arrays.stream(values()).filter(e -> e.label().equals(label)).findFirst();
    }
}

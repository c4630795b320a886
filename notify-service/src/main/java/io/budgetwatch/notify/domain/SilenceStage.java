package io.budgetwatch.notify.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The silence stage of the pipeline ({@link NotifyPipeline}), after inhibition as in Alertmanager's: an alert is
 * muted by the first silence in force that matches its labels.
 */
public final class SilenceStage {

    /** The first of {@code silences} that mutes {@code alert} at {@code now}. */
    public Optional<Silence> silencing(AlertChange alert, List<Silence> silences, Instant now) {
        return silences.stream().filter(s -> s.silences(alert, now)).findFirst();
    }
}

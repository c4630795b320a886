package io.budgetwatch.notify.domain;

import java.util.List;

/**
 * Alert changes of one aggregation group that are sent together, or held back together while {@code silence}
 * mutes them or the firing alert {@code inhibitedBy} inhibits them (both null when nothing mutes them). Muting is
 * per alert, as in Alertmanager, so a group can split into the part that goes out now and parts held by different
 * silences or inhibiting alerts ({@link NotifyPipeline#mute}).
 */
public record Batch(String groupKey, Silence silence, String inhibitedBy, List<AlertChange> alerts) {

    public boolean held() {
        return silence != null || inhibitedBy != null;
    }

    /** What can mute an alert: the silences in force, and the firing alerts that may inhibit it. */
    public record Mutes(List<Silence> silences, List<AlertChange> firing) {
    }
}

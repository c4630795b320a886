package io.budgetwatch.notify.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.budgetwatch.events.AlertStatus;

/**
 * Alert changes of one aggregation group that are sent together, or held back together while {@code silence}
 * mutes them or the firing alert {@code inhibitedBy} inhibits them (both null when nothing mutes them). Silences are applied per alert, as Alertmanager does, so a group can
 * split into the part that goes out now and parts held by different silences.
 */
public record Batch(String groupKey, Silence silence, String inhibitedBy, List<AlertChange> alerts) {

    public boolean held() {
        return silence != null || inhibitedBy != null;
    }

    /** What can mute an alert: silences, and inhibit rules over the alerts that are firing. */
    public record Mutes(List<Silence> silences, List<InhibitRule> rules, List<AlertChange> firing) {
    }

    /**
     * Splits one group's {@code changes} into the batch that goes out first, then one batch per inhibiting
     * alert and per silence, in order of first appearance; no batch is empty. As in Alertmanager's pipeline,
     * inhibition is checked before silences, and only firing alerts are inhibited.
     */
    public static List<Batch> split(String groupKey, List<AlertChange> changes, Mutes mutes, Instant now) {
        Map<String, List<AlertChange>> parts = new LinkedHashMap<>();
        Map<String, Silence> byId = new LinkedHashMap<>();
        parts.put("", new ArrayList<>());
        for (AlertChange change : changes) {
            Optional<String> inhibitor = change.status() == AlertStatus.FIRING
                    ? InhibitRule.inhibitor(mutes.rules(), change, mutes.firing()) : Optional.empty();
            String part;
            if (inhibitor.isPresent()) {
                part = "i:" + inhibitor.get();
            } else {
                Optional<Silence> silence = Silence.firstSilencing(mutes.silences(), change, now);
                silence.ifPresent(s -> byId.put(s.id(), s));
                part = silence.map(s -> "s:" + s.id()).orElse("");
            }
            parts.computeIfAbsent(part, k -> new ArrayList<>()).add(change);
        }
        List<Batch> batches = new ArrayList<>();
        parts.forEach((part, alerts) -> {
            if (!alerts.isEmpty()) {
                batches.add(new Batch(groupKey, part.startsWith("s:") ? byId.get(part.substring(2)) : null,
                        part.startsWith("i:") ? part.substring(2) : null, List.copyOf(alerts)));
            }
        });
        return batches;
    }
}

package io.budgetwatch.notify.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Alert changes of one aggregation group that are sent together, or held back together while {@code silence}
 * mutes them (null when nothing mutes them). Silences are applied per alert, as Alertmanager does, so a group can
 * split into the part that goes out now and parts held by different silences.
 */
public record Batch(String groupKey, Silence silence, List<AlertChange> alerts) {

    public boolean held() {
        return silence != null;
    }

    /**
     * Splits one group's {@code changes} into the unsilenced batch first, then one batch per silence (the first
     * silencing silence of each alert, as of {@code now}, in order of first appearance); no batch is empty.
     */
    public static List<Batch> split(String groupKey, List<AlertChange> changes, List<Silence> silences,
            Instant now) {
        Map<String, List<AlertChange>> parts = new LinkedHashMap<>();
        Map<String, Silence> byId = new LinkedHashMap<>();
        parts.put("", new ArrayList<>());
        for (AlertChange change : changes) {
            Optional<Silence> silence = Silence.firstSilencing(silences, change, now);
            silence.ifPresent(s -> byId.put(s.id(), s));
            parts.computeIfAbsent(silence.map(Silence::id).orElse(""), k -> new ArrayList<>()).add(change);
        }
        List<Batch> batches = new ArrayList<>();
        parts.forEach((silenceId, alerts) -> {
            if (!alerts.isEmpty()) {
                batches.add(new Batch(groupKey, silenceId.isEmpty() ? null : byId.get(silenceId), List.copyOf(alerts)));
            }
        });
        return batches;
    }
}

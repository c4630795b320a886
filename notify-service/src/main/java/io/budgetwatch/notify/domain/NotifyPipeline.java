package io.budgetwatch.notify.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The notify pipeline, Alertmanager's stages in Alertmanager's order, each a class of its own: inhibit → silence
 * → wait → dedup → rate-limit → batch → send and retry. Routing and grouping ({@link Dispatch}) come before it.
 * Because every notification goes through the durable outbox, the stages run at three moments rather than in one
 * call: when a change is queued (inhibit, silence, wait, dedup: {@link #mute}, {@link WaitStage},
 * {@link DedupStage}), when the sender claims rows (rate-limit, batch), and when an attempt's outcome is recorded
 * (retry).
 */
public record NotifyPipeline(InhibitStage inhibit, SilenceStage silence, WaitStage waiting, DedupStage dedup,
        RateLimitStage rateLimit, BatchStage batch, RetryStage retry) {

    public static NotifyPipeline of(List<InhibitRule> inhibitRules, RateLimitStage rateLimit, BatchStage batch,
            RetryStage retry) {
        return new NotifyPipeline(new InhibitStage(inhibitRules), new SilenceStage(), new WaitStage(),
                new DedupStage(), rateLimit, batch, retry);
    }

    /**
     * Splits one group's {@code changes} into the batch that goes out first, then one batch per inhibiting
     * alert and per silence, in order of first appearance; no batch is empty. Inhibition is checked before
     * silences, as in Alertmanager.
     */
    public List<Batch> mute(String groupKey, List<AlertChange> changes, Batch.Mutes mutes, Instant now) {
        Map<String, List<AlertChange>> parts = new LinkedHashMap<>();
        Map<String, Silence> byId = new LinkedHashMap<>();
        parts.put("", new ArrayList<>());
        for (AlertChange change : changes) {
            Optional<String> inhibitor = inhibit.inhibitor(change, mutes.firing());
            String part;
            if (inhibitor.isPresent()) {
                part = "i:" + inhibitor.get();
            } else {
                Optional<Silence> silencing = silence.silencing(change, mutes.silences(), now);
                silencing.ifPresent(s -> byId.put(s.id(), s));
                part = silencing.map(s -> "s:" + s.id()).orElse("");
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

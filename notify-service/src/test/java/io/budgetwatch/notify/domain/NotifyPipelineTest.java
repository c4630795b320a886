package io.budgetwatch.notify.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.budgetwatch.events.AlertStatus;
import io.budgetwatch.events.Severity;

class NotifyPipelineTest {
    /** A pipeline with {@code rules}, no rate limits and the default back-off. */
    static NotifyPipeline pipeline(List<InhibitRule> rules) {
        return NotifyPipeline.of(rules, RateLimitStage.parse(List.of(), Duration.ofMinutes(1)), new BatchStage(20),
                new RetryStage(Duration.ofSeconds(5), 2, Duration.ofHours(1), Duration.ofDays(1)));
    }

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    private static AlertChange alert(String fingerprint, String document, String ruleId) {
        return new AlertChange(fingerprint, AlertStatus.FIRING, "dept-key", "石家庄市科学技术局", "河北省石家庄市", 2023,
                document, null, ruleId, "balance", Severity.CRITICAL, "收支不平", null, NOW, null);
    }

    private static Silence silence(String id, String ruleId) {
        return new Silence(id, List.of(Matcher.parse("ruleId=" + ruleId)), NOW.minusSeconds(60),
                NOW.plus(Duration.ofHours(1)), "ops", null);
    }

    @Test
    void theUnsilencedPartComesFirstThenOneBatchPerSilence() {
        List<AlertChange> changes = List.of(alert("1", "docA", "BAL-002"), alert("2", "docA", "XT-001"),
                alert("3", "docA", "BAL-001"), alert("4", "docA", "BAL-002"));
        List<Batch> batches = pipeline(List.of()).mute("g", changes,
                silenced(silence("s-bal", "BAL-002"), silence("s-xt", "XT-001")), NOW);

        assertEquals(3, batches.size());
        assertNull(batches.get(0).silence());
        assertEquals(List.of("3"), fingerprints(batches.get(0)));
        assertEquals("s-bal", batches.get(1).silence().id());
        assertEquals(List.of("1", "4"), fingerprints(batches.get(1)));
        assertEquals("s-xt", batches.get(2).silence().id());
        assertEquals(List.of("2"), fingerprints(batches.get(2)));
        assertEquals(List.of("g", "g", "g"), batches.stream().map(Batch::groupKey).toList());
    }

    @Test
    void aGroupEntirelySilencedHasNoEmptyUnsilencedBatch() {
        List<Batch> batches = pipeline(List.of()).mute("g", List.of(alert("1", "docA", "BAL-002")),
                silenced(silence("s", "BAL-002")), NOW);
        assertEquals(1, batches.size());
        assertEquals("s", batches.get(0).silence().id());
    }

    @Test
    void anExpiredSilenceHoldsNothing() {
        List<Batch> batches = pipeline(List.of()).mute("g", List.of(alert("1", "docA", "BAL-002")),
                silenced(silence("s", "BAL-002")), NOW.plus(Duration.ofHours(2)));
        assertNull(batches.get(0).silence());
    }

    @Test
    void inhibitionComesBeforeSilences() {
        AlertChange critical = alert("c", "docA", "BAL-001");
        AlertChange warning = new AlertChange("w", AlertStatus.FIRING, "dept-key", "石家庄市科学技术局", "河北省石家庄市", 2023,
                "docA", null, "BAL-002", "balance", Severity.WARNING, "收支不平", null, NOW, null);
        List<Batch> batches = pipeline(InhibitRule.DEFAULTS).mute("g", List.of(critical, warning),
                new Batch.Mutes(List.of(silence("s-bal", "BAL-002")), List.of(critical, warning)), NOW);
        assertEquals(2, batches.size());
        assertEquals(List.of("c"), fingerprints(batches.get(0)));
        assertEquals("c", batches.get(1).inhibitedBy(), "inhibited, though a silence matches it too");
        assertNull(batches.get(1).silence());
    }

    private static Batch.Mutes silenced(Silence... silences) {
        return new Batch.Mutes(List.of(silences), List.of());
    }

    private static List<String> fingerprints(Batch batch) {
        return batch.alerts().stream().map(AlertChange::fingerprint).toList();
    }
}

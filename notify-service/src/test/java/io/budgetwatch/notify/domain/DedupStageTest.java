package io.budgetwatch.notify.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.budgetwatch.events.AlertStatus;
import io.budgetwatch.events.Severity;

class DedupStageTest {
    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    private static final DedupStage DEDUP = new DedupStage();

    private static AlertChange alert(String fingerprint, AlertStatus status) {
        return new AlertChange(fingerprint, status, "dept-key", "石家庄市科学技术局", "河北省石家庄市", 2023, "doc", null,
                "BAL-001", "balance", Severity.CRITICAL, "收支不平", null, NOW, status == AlertStatus.RESOLVED ? NOW : null);
    }

    @Test
    void aLaterChangeOfAnAlertReplacesTheOneStillWaiting() {
        List<AlertChange> merged = DEDUP.merge(List.of(alert("a", AlertStatus.FIRING), alert("b", AlertStatus.FIRING)),
                List.of(alert("a", AlertStatus.RESOLVED), alert("c", AlertStatus.FIRING)));
        assertEquals(List.of("a", "b", "c"), merged.stream().map(AlertChange::fingerprint).toList(), "one notification");
        assertEquals(AlertStatus.RESOLVED, merged.get(0).status());
    }

    @Test
    void theLogKeepsWhatTheReceiverKnowsToBeFiring() {
        assertEquals(Set.of("b", "c"), DEDUP.firingAfter(List.of("a", "b"),
                List.of(alert("a", AlertStatus.RESOLVED), alert("c", AlertStatus.FIRING))));
    }

    @Test
    void aGroupIsRepeatedOnlyWhileSomethingFiresAndTheRouteRepeats() {
        assertEquals(Optional.of(NOW.plus(Duration.ofHours(4))), DEDUP.nextRepeat(List.of("a"), 4 * 3600L, NOW));
        assertEquals(Optional.empty(), DEDUP.nextRepeat(List.of(), 4 * 3600L, NOW), "nothing fires");
        assertEquals(Optional.empty(), DEDUP.nextRepeat(List.of("a"), null, NOW), "no repeat_interval");
    }

    @Test
    void aRepeatIsNotQueuedWhileANotificationIsOnItsWayOrWhenAllOfItIsMuted() {
        Batch unmuted = new Batch("g", null, null, List.of(alert("a", AlertStatus.FIRING)));
        Batch inhibited = new Batch("g", null, "c", List.of(alert("a", AlertStatus.FIRING)));
        assertTrue(DEDUP.repeats(false, List.of(unmuted, inhibited)));
        assertFalse(DEDUP.repeats(true, List.of(unmuted)));
        assertFalse(DEDUP.repeats(false, List.of(inhibited)));
        assertFalse(DEDUP.repeats(false, List.of()));
    }
}

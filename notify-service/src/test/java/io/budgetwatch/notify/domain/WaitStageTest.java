package io.budgetwatch.notify.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class WaitStageTest {
    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    private static final WaitStage WAIT = new WaitStage();

    @Test
    void aNewGroupWaitsGroupWaitToGatherWhatArrivesMeanwhile() {
        assertEquals(NOW.plusSeconds(30), WAIT.dueAt(Timers.ALERTMANAGER, Optional.empty(), NOW));
        assertEquals(NOW, WAIT.dueAt(Timers.IMMEDIATE, Optional.empty(), NOW));
    }

    @Test
    void aGroupAlreadyNotifiedWaitsUntilGroupIntervalAfterItsLastNotification() {
        assertEquals(NOW.plus(Duration.ofMinutes(4)),
                WAIT.dueAt(Timers.ALERTMANAGER, Optional.of(NOW.minus(Duration.ofMinutes(1))), NOW));
        assertEquals(NOW, WAIT.dueAt(Timers.ALERTMANAGER, Optional.of(NOW.minus(Duration.ofHours(1))), NOW),
                "not in the past: due now");
    }
}

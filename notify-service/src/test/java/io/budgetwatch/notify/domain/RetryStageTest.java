package io.budgetwatch.notify.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RetryStageTest {
    private static final RetryStage DEFAULTS = new RetryStage(Duration.ofSeconds(5), 2, Duration.ofHours(1),
            Duration.ofDays(1));
    private static final Instant QUEUED = Instant.parse("2026-03-01T08:00:00Z");

    @Test
    void theWaitDoublesUpToTheMaximum() {
        assertEquals(Duration.ofSeconds(5), DEFAULTS.delay(1));
        assertEquals(Duration.ofSeconds(10), DEFAULTS.delay(2));
        assertEquals(Duration.ofSeconds(20), DEFAULTS.delay(3));
        assertEquals(Duration.ofSeconds(5 * 512), DEFAULTS.delay(10), "about 43 minutes after ten failures");
        assertEquals(Duration.ofHours(1), DEFAULTS.delay(11));
        assertEquals(Duration.ofHours(1), DEFAULTS.delay(10_000), "no overflow after many failures");
    }

    @Test
    void aReceiverDownForAnHourIsTriedAFewDozenTimesNotThousands() {
        Instant at = QUEUED;
        int attempts = 0;
        while (at.isBefore(QUEUED.plus(Duration.ofHours(1)))) {
            attempts++;
            at = DEFAULTS.nextAttempt(QUEUED, attempts, at).orElseThrow();
        }
        assertTrue(attempts >= 10 && attempts <= 12, attempts + " attempts in the first hour");
    }

    @Test
    void itGivesUpWhenTheNextAttemptWouldBePastTheMaximumAge() {
        Instant late = QUEUED.plus(Duration.ofHours(23).plusMinutes(30));
        assertEquals(Optional.of(late.plus(Duration.ofMinutes(20))),
                new RetryStage(Duration.ofMinutes(20), 2, Duration.ofHours(1), Duration.ofDays(1))
                        .nextAttempt(QUEUED, 1, late));
        assertEquals(Optional.empty(), DEFAULTS.nextAttempt(QUEUED, 20, late));
    }

    @Test
    void nonsensicalSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new RetryStage(Duration.ZERO, 2, Duration.ofHours(1), Duration.ofDays(1)));
        assertThrows(IllegalArgumentException.class,
                () -> new RetryStage(Duration.ofSeconds(5), 0.5, Duration.ofHours(1), Duration.ofDays(1)));
        assertThrows(IllegalArgumentException.class,
                () -> new RetryStage(Duration.ofHours(2), 2, Duration.ofHours(1), Duration.ofDays(1)));
    }
}

package io.budgetwatch.notify.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.budgetwatch.events.AlertStatus;
import io.budgetwatch.events.Severity;

class SilenceTest {
    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    private static final AlertChange ALERT = new AlertChange("fp", AlertStatus.FIRING, "dept-key", "石家庄市科学技术局",
            "河北省石家庄市", 2023, "doc", "3P-TOTAL", "three_public", Severity.CRITICAL, "合计不符", NOW, null);

    private static SilenceMatchers matchers(String department, String ruleId, String category, String severity,
            String region) {
        return new SilenceMatchers(department, ruleId, category, severity, region);
    }

    @Test
    void everySetMatcherMustEqual() {
        assertTrue(matchers("石家庄市科学技术局", null, null, null, null).matches(ALERT));
        assertTrue(matchers("dept-key", null, null, null, null).matches(ALERT), "the department key matches too");
        assertTrue(matchers(null, "3P-TOTAL", "three_public", "critical", "河北省石家庄市").matches(ALERT));
        assertTrue(matchers(null, null, null, "CRITICAL", null).matches(ALERT), "severity ignores case");
        assertTrue(matchers("", " ", null, null, "河北省石家庄市").matches(ALERT), "blank matchers match anything");
        assertFalse(matchers("石家庄市", null, null, null, null).matches(ALERT), "no partial department match");
        assertFalse(matchers(null, "3P-TOTAL", null, "warning", null).matches(ALERT));
        assertFalse(matchers(null, null, "balance", null, null).matches(ALERT));
        assertFalse(matchers(null, null, null, null, "河北省保定市").matches(ALERT));
    }

    @Test
    void noMatcherIsEmpty() {
        assertTrue(matchers(null, "", " ", null, null).isEmpty());
        assertFalse(matchers(null, null, null, "info", null).isEmpty());
    }

    @Test
    void aSilenceIsActiveFromItsStartUntilItsEnd() {
        Silence silence = new Silence("s1", matchers(null, "3P-TOTAL", null, null, null), NOW,
                NOW.plus(Duration.ofHours(2)), "ops", "known issue");
        assertFalse(silence.isActiveAt(NOW.minusSeconds(1)));
        assertTrue(silence.isActiveAt(NOW));
        assertTrue(silence.silences(ALERT, NOW.plus(Duration.ofHours(1))));
        assertFalse(silence.isActiveAt(NOW.plus(Duration.ofHours(2))), "expired at endsAt");
        assertFalse(silence.silences(ALERT, NOW.plus(Duration.ofHours(3))));
    }

    @Test
    void theFirstActiveMatchingSilenceWins() {
        Silence expired = new Silence("old", matchers(null, "3P-TOTAL", null, null, null), NOW.minusSeconds(60),
                NOW.minusSeconds(1), "ops", null);
        Silence other = new Silence("other", matchers(null, "BAL-SIDES", null, null, null), NOW,
                NOW.plusSeconds(60), "ops", null);
        Silence current = new Silence("current", matchers("dept-key", null, null, null, null), NOW,
                NOW.plusSeconds(60), "ops", null);
        assertEquals(Optional.of(current), Silence.firstSilencing(List.of(expired, other, current), ALERT, NOW));
        assertEquals(Optional.empty(), Silence.firstSilencing(List.of(expired, other), ALERT, NOW));
    }
}

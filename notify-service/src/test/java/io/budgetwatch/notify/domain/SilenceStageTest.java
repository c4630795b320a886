package io.budgetwatch.notify.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.budgetwatch.events.AlertStatus;
import io.budgetwatch.events.Severity;

class SilenceStageTest {
    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    private static final AlertChange ALERT = new AlertChange("fp", AlertStatus.FIRING, "河北省石家庄市/科学技术局#306",
            "石家庄市科学技术局", "河北省石家庄市", 2023, "doc", null, "3P-TOTAL", "three_public", Severity.CRITICAL, "合计不符",
            null, NOW, null);

    @Test
    void theFirstActiveMatchingSilenceWins() {
        Silence expired = new Silence("old", List.of(Matcher.parse("ruleId=\"3P-TOTAL\"")), NOW.minusSeconds(60),
                NOW.minusSeconds(1), "ops", null);
        Silence other = new Silence("other", List.of(Matcher.parse("ruleId=\"BAL-SIDES\"")), NOW,
                NOW.plusSeconds(60), "ops", null);
        Silence current = new Silence("current", List.of(Matcher.parse("department=~\".*科学技术局\"")), NOW,
                NOW.plusSeconds(60), "ops", null);
        assertEquals(Optional.of(current), new SilenceStage().silencing(ALERT, List.of(expired, other, current), NOW));
        assertEquals(Optional.empty(), new SilenceStage().silencing(ALERT, List.of(expired, other), NOW));
    }
}

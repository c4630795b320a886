package io.budgetwatch.notify.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.budgetwatch.events.AlertStatus;
import io.budgetwatch.events.Severity;

class SilenceTest {
    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    private static final AlertChange ALERT = new AlertChange("fp", AlertStatus.FIRING, "河北省石家庄市/科学技术局#306",
            "石家庄市科学技术局", "河北省石家庄市", 2023, "doc", null, "3P-TOTAL", "three_public", Severity.CRITICAL, "合计不符",
            null, NOW, null);

    private static Silence silence(String... matchers) {
        return new Silence("s", Arrays.stream(matchers).map(Matcher::parse).toList(), NOW.minusSeconds(1),
                NOW.plus(Duration.ofHours(1)), "ops", null);
    }

    private static boolean mutes(String... matchers) {
        return silence(matchers).silences(ALERT, NOW);
    }

    @Test
    void everyMatcherMustMatchTheAlertsLabels() {
        assertTrue(mutes("department=\"石家庄市科学技术局\""));
        assertTrue(mutes("departmentKey=\"河北省石家庄市/科学技术局#306\""));
        assertTrue(mutes("ruleId=\"3P-TOTAL\"", "category=\"three_public\"", "severity=\"critical\"",
                "region=\"河北省石家庄市\""));
        assertFalse(mutes("department=\"石家庄市\""), "no partial match with =");
        assertFalse(mutes("ruleId=\"3P-TOTAL\"", "severity=\"warning\""), "all of them, not any");
        assertFalse(mutes("category=\"balance\""));
    }

    @Test
    void regexMatchersAreAnchoredAndCanBeNegated() {
        assertTrue(mutes("region=~\"河北省.*\""));
        assertTrue(mutes("ruleId=~\"3P-.*|BAL-.*\""));
        assertFalse(mutes("region=~\"石家庄\""), "anchored: the whole value must match, as in Alertmanager");
        assertTrue(mutes("region=~\".*石家庄.*\""));
        assertFalse(mutes("region=~\"河北省.*\"", "ruleId!~\"3P-.*\""));
        assertTrue(mutes("region=~\"河北省.*\"", "severity!=\"warning\""));
    }

    @Test
    void theApiFormOfAMatcherIsTheSameMatcher() {
        assertEquals(Matcher.parse("region=~\"河北省.*\""), Matcher.of("region", "河北省.*", true, true));
        assertEquals(Matcher.parse("ruleId!~\"BAL-.*\""), Matcher.of("ruleId", "BAL-.*", true, false));
        assertEquals(Matcher.parse("severity!=\"info\""), Matcher.of("severity", "info", false, false));
        assertThrows(IllegalArgumentException.class, () -> Matcher.of("region", "(", true, true), "invalid regex");
        assertThrows(IllegalArgumentException.class, () -> Matcher.of("a-b", "x", false, true), "not a label name");
    }

    @Test
    void matchersThatWouldMuteEveryAlertAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Silence.requireSelective(List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> Silence.requireSelective(List.of(Matcher.parse("ruleId=~\".*\""))));
        assertThrows(IllegalArgumentException.class,
                () -> Silence.requireSelective(List.of(Matcher.parse("severity!=\"info\""))),
                "!= matches every alert without the label");
        Silence.requireSelective(List.of(Matcher.parse("severity!=\"info\""), Matcher.parse("region=~\"河北.*\"")));
    }

    @Test
    void aSilenceWithoutMatchersMutesNothing() {
        assertFalse(silence().silences(ALERT, NOW));
    }

    @Test
    void aSilenceIsActiveFromItsStartUntilItsEnd() {
        Silence silence = new Silence("s1", List.of(Matcher.parse("ruleId=\"3P-TOTAL\"")), NOW,
                NOW.plus(Duration.ofHours(2)), "ops", "known issue");
        assertFalse(silence.isActiveAt(NOW.minusSeconds(1)));
        assertTrue(silence.isActiveAt(NOW));
        assertTrue(silence.silences(ALERT, NOW.plus(Duration.ofHours(1))));
        assertFalse(silence.isActiveAt(NOW.plus(Duration.ofHours(2))), "expired at endsAt");
        assertFalse(silence.silences(ALERT, NOW.plus(Duration.ofHours(3))));
    }
}

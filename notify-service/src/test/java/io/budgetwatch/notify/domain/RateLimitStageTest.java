package io.budgetwatch.notify.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RateLimitStageTest {
    @Test
    void aListedReceiverWaitsOnceItHasHadItsCountInTheWindow() {
        RateLimitStage limits = RateLimitStage.parse(List.of("dingtalk=20", " wecom = 2 "), Duration.ofMinutes(1));
        assertEquals(Optional.of(2), limits.limit("wecom"));
        assertFalse(limits.atLimit("dingtalk", 19));
        assertTrue(limits.atLimit("dingtalk", 20));
        assertTrue(limits.atLimit("wecom", 2));
        assertFalse(limits.atLimit("webhook", 1_000), "receivers not listed are not limited");
    }

    @Test
    void malformedLimitsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> RateLimitStage.parse(List.of("dingtalk"), Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> RateLimitStage.parse(List.of("=3"), Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> RateLimitStage.parse(List.of("wecom=0"), Duration.ofMinutes(1)));
        assertThrows(NumberFormatException.class, () -> RateLimitStage.parse(List.of("wecom=x"), Duration.ofMinutes(1)));
    }
}

package io.budgetwatch.parse.claims;

import io.budgetwatch.events.Change;
import io.budgetwatch.events.Claim;

import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Finds the one claim a test is about and checks its fields, with messages that show what was extracted. */
final class ClaimAssert {
    private ClaimAssert() {
    }

    static Claim only(List<Claim> claims, String topic, Predicate<Claim> which) {
        List<Claim> found = claims.stream().filter(c -> c.topic().equals(topic)).filter(which).toList();
        if (found.size() != 1) {
            fail("expected one " + topic + " claim, found " + found.size() + " among "
                    + claims.stream().filter(c -> c.topic().equals(topic)).toList());
        }
        return found.get(0);
    }

    static Predicate<Claim> value(String value) {
        return c -> value.equals(c.value());
    }

    static Predicate<Claim> delta(String delta) {
        return c -> delta.equals(c.delta());
    }

    static Predicate<Claim> changed(Change change) {
        return c -> c.change() == change;
    }

    /** Asserts value, unit, change, delta and percent at once (null where the sentence states nothing). */
    static void assertClaim(Claim claim, String value, String unit, Change change, String delta, String percent) {
        assertEquals(value, claim.value(), "value of " + claim);
        assertEquals(unit, claim.unit(), "unit of " + claim);
        assertEquals(change, claim.change(), "change of " + claim);
        assertEquals(delta, claim.delta(), "delta of " + claim);
        assertEquals(percent, claim.percent(), "percent of " + claim);
    }

    static void assertFrom(Claim claim, int page, String sentenceFragment) {
        assertEquals(page, claim.page(), "page of " + claim);
        assertTrue(claim.sentence().contains(sentenceFragment), "sentence of " + claim + " should contain " + sentenceFragment);
    }

    static long count(List<Claim> claims, String topic) {
        return claims.stream().filter(c -> c.topic().equals(topic)).count();
    }
}

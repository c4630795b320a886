package io.budgetwatch.console.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class OperatorsTest {
    private final Operators operators = new Operators(List.of("ops:s3cret-key", " audit : other-key "));

    @Test
    void aKeySignsInItsIdentityAndTheTokenStandsForItWithoutHoldingTheKey() {
        String token = operators.signIn("s3cret-key").orElseThrow();
        assertFalse(token.contains("s3cret-key"));
        assertEquals(Optional.of("ops"), operators.identity(token));
    }

    @Test
    void wrongKeysAndForgedOrTamperedTokensAreRefused() {
        assertEquals(Optional.empty(), operators.signIn("guess"));
        assertEquals(Optional.empty(), operators.signIn(null));
        String token = operators.signIn("s3cret-key").orElseThrow();
        assertEquals(Optional.empty(), operators.identity("audit" + token.substring(token.indexOf('.'))),
                "another identity with ops' signature");
        assertEquals(Optional.empty(), operators.identity(token + "x"));
        assertEquals(Optional.empty(), operators.identity(null));
        assertEquals(Optional.empty(), new Operators(List.of("ops:changed")).identity(token),
                "a changed key ends its sessions");
    }

    @Test
    void withoutKeysNobodySignsInAndMalformedEntriesAreRefused() {
        assertFalse(new Operators(List.of()).any());
        assertTrue(operators.any());
        assertThrows(IllegalArgumentException.class, () -> new Operators(List.of("no-colon")));
    }
}

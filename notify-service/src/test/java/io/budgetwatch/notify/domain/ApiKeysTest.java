package io.budgetwatch.notify.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ApiKeysTest {
    @Test
    void aKeyActsAsItsIdentity() {
        ApiKeys keys = ApiKeys.parse(List.of("ops@example.org:k1", " ci:robot:k2 ", ""));
        assertEquals(Optional.of("ops@example.org"), keys.identity("k1"));
        assertEquals(Optional.of("ci:robot"), keys.identity("k2"), "the key follows the last colon");
        assertEquals(Optional.empty(), keys.identity("k3"));
        assertEquals(Optional.empty(), keys.identity("k"), "a prefix of a key is not the key");
        assertEquals(Optional.empty(), keys.identity(null));
        assertEquals(Optional.empty(), keys.identity(""));
    }

    @Test
    void withoutKeysNothingAuthenticates() {
        ApiKeys none = ApiKeys.parse(List.of());
        assertTrue(none.isEmpty());
        assertEquals(Optional.empty(), none.identity("anything"));
    }

    @Test
    void malformedEntriesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ApiKeys.parse(List.of("just-a-key")));
        assertThrows(IllegalArgumentException.class, () -> ApiKeys.parse(List.of("ops:")));
        assertThrows(IllegalArgumentException.class, () -> ApiKeys.parse(List.of(":key")));
    }
}

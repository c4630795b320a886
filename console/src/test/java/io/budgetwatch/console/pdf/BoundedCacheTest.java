package io.budgetwatch.console.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

class BoundedCacheTest {
    @Test
    void theLeastRecentlyUsedGoFirstOnceTheBytesExceedTheBound() {
        List<String> loads = new ArrayList<>();
        BoundedCache<String> cache = new BoundedCache<>(10);
        Function<String, Optional<byte[]>> load = key -> {
            loads.add(key);
            return Optional.of(new byte[4]);
        };
        cache.get("a", load);
        cache.get("b", load);
        cache.get("a", load); // a is now the most recent
        cache.get("c", load); // 12 bytes > 10: b goes
        assertEquals(8, cache.bytes());
        cache.get("a", load);
        cache.get("b", load);
        assertEquals(List.of("a", "b", "c", "b"), loads);
    }

    @Test
    void nothingIsCachedForAnEmptyLoad() {
        BoundedCache<String> cache = new BoundedCache<>(10);
        assertEquals(Optional.empty(), cache.get("missing", key -> Optional.empty()));
        assertEquals(0, cache.bytes());
    }
}

package io.budgetwatch.reconcile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Maps iterated in the order they are written. {@code Map.of} iterates in an order that changes from one JVM run to
 * the next; where a rule iterates a map, that order would reach the order of its findings and make two checks of the
 * same PDF differ.
 */
public final class Ordered {
    private Ordered() {
    }

    @SafeVarargs
    public static <K, V> Map<K, V> map(Map.Entry<K, V>... entries) {
        Map<K, V> map = new LinkedHashMap<>();
        for (Map.Entry<K, V> entry : entries) {
            if (map.put(entry.getKey(), entry.getValue()) != null) {
                throw new IllegalArgumentException("duplicate key " + entry.getKey());
            }
        }
        return Collections.unmodifiableMap(map);
    }
}

package io.budgetwatch.console.pdf;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Byte arrays by key, least recently used dropped first once their total exceeds {@code maxBytes}: rendered pages
 * and the PDFs they come from stay bounded however many documents are looked at.
 */
public final class BoundedCache<K> {
    private final long maxBytes;
    private final Map<K, byte[]> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;

    public BoundedCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The cached value, or {@code load}'s (cached unless empty). Loads run outside the lock. */
    public Optional<byte[]> get(K key, Function<K, Optional<byte[]>> load) {
        synchronized (this) {
            byte[] cached = entries.get(key);
            if (cached != null) {
                return Optional.of(cached);
            }
        }
        Optional<byte[]> loaded = load.apply(key);
        loaded.ifPresent(value -> put(key, value));
        return loaded;
    }

    public synchronized long bytes() {
        return bytes;
    }

    private synchronized void put(K key, byte[] value) {
        byte[] previous = entries.put(key, value);
        bytes += value.length - (previous == null ? 0 : previous.length);
        Iterator<byte[]> eldest = entries.values().iterator();
        // the newest entry stays even when it alone is larger than the bound: it is about to be served
        while (bytes > maxBytes && entries.size() > 1) {
            bytes -= eldest.next().length;
            eldest.remove();
        }
    }
}

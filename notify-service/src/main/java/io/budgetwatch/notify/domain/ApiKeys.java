package io.budgetwatch.notify.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * API keys as configured, {@code identity:key} each (e.g. {@code ops@example.org:3f9c…}): a request bearing a key
 * acts as its identity. Keys are compared in constant time, so timing does not reveal how much of one matched.
 */
public final class ApiKeys {
    private record Entry(String identity, byte[] key) {
    }

    private final List<Entry> entries;

    private ApiKeys(List<Entry> entries) {
        this.entries = entries;
    }

    /** Parses {@code identity:key} entries; blank entries are skipped, anything else malformed is refused. */
    public static ApiKeys parse(List<String> configured) {
        List<Entry> entries = new ArrayList<>();
        for (String entry : configured) {
            String trimmed = entry.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            int colon = trimmed.lastIndexOf(':');
            if (colon <= 0 || colon == trimmed.length() - 1) {
                throw new IllegalArgumentException("an API key is configured as identity:key");
            }
            entries.add(new Entry(trimmed.substring(0, colon), trimmed.substring(colon + 1)
                    .getBytes(StandardCharsets.UTF_8)));
        }
        return new ApiKeys(List.copyOf(entries));
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The identity {@code presented} belongs to; empty for an unknown key. */
    public Optional<String> identity(String presented) {
        if (presented == null || presented.isEmpty()) {
            return Optional.empty();
        }
        byte[] candidate = presented.getBytes(StandardCharsets.UTF_8);
        String found = null;
        for (Entry entry : entries) {
            // Every entry is compared, so the time taken does not say which one matched.
            if (MessageDigest.isEqual(entry.key(), candidate) && found == null) {
                found = entry.identity();
            }
        }
        return Optional.ofNullable(found);
    }
}

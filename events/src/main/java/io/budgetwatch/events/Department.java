package io.budgetwatch.events;

import java.util.Locale;

/** The department (or unit) a disclosure belongs to. {@code code} and {@code region} are null when not printed. */
public record Department(String name, String code, String region) {

    /**
     * The partition key of DESIGN.md: region + normalised name (+ code where printed), so one department's years
     * stay in order on one partition.
     */
    public String key() {
        StringBuilder key = new StringBuilder();
        key.append(region == null || region.isBlank() ? "unknown" : normalise(region));
        key.append('/').append(name == null ? "unknown" : normalise(name));
        if (code != null && !code.isBlank()) {
            key.append('#').append(code.trim());
        }
        return key.toString();
    }

    private static String normalise(String text) {
        return text.replaceAll("[\\s\u3000]+", "").toLowerCase(Locale.ROOT);
    }
}

package io.budgetwatch.events;

/** A table column: a stable key used in {@link Row#cells()} and the printed label. */
public record Column(String key, String label) {
}

package io.budgetwatch.events;

/** Something the reader could not do, or did with low confidence; {@code page} is null when not page-bound. */
public record Warning(String code, String message, Integer page) {
}

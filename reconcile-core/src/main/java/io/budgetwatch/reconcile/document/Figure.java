package io.budgetwatch.reconcile.document;

import io.budgetwatch.events.Amount;
import io.budgetwatch.events.Evidence;

/**
 * A printed figure with the Chinese label a reader knows it by and where it is printed. {@code amount} is null for a
 * blank cell (an exact 0).
 */
public record Figure(Amount amount, String label, Evidence evidence) {
}

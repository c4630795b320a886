package io.budgetwatch.parse.claims;

import io.budgetwatch.events.Change;

/**
 * What a scope states about its subject, before it is multiplied out over the subject's topics. A non-null
 * {@code subject} replaces the printed subject (a prior-year or original-budget figure is named by its qualifier).
 */
record Statement(String subject, String value, String unit, Change change, String delta, String percent) {
}

package io.budgetwatch.reconcile;

import io.budgetwatch.events.Severity;

/** A catalogue entry: what a rule checks, why a monitoring team cares, and an example of its message. */
public record RuleDescription(String id, RuleCategory category, Severity severity, String checks, String why,
        String example) {
}

package io.budgetwatch.reconcile.rules;

import io.budgetwatch.reconcile.RuleDescription;
import java.util.function.Consumer;

/** A catalogue entry and the check that implements it. */
public record Rule(RuleDescription description, Consumer<RuleRun> check) {
    public String id() {
        return description.id();
    }
}

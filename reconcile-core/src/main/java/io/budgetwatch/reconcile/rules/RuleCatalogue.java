package io.budgetwatch.reconcile.rules;

import java.util.List;
import java.util.stream.Stream;

/** Every rule, family by family, in the order they run and are documented. */
public final class RuleCatalogue {
    private static final List<Rule> RULES = Stream.of(BalanceRules.rules(), CrossTableRules.rules(),
            ThreePublicRules.rules(), NarrativeRules.rules(), ItemRules.rules(), YearOverYearRules.rules(), CompletenessRules.rules(),
            PlausibilityRules.rules()).flatMap(List::stream).toList();

    private RuleCatalogue() {
    }

    public static List<Rule> rules() {
        return RULES;
    }
}

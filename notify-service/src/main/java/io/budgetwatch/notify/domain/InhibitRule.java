package io.budgetwatch.notify.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An inhibit rule, Alertmanager's semantics: a firing alert matching {@code source} mutes the alerts matching
 * {@code target} that have the same values (both missing counts as the same) for every label in {@code equal}.
 * An alert never inhibits itself.
 */
public record InhibitRule(List<Matcher> source, List<Matcher> target, List<String> equal) {

    /**
     * Without configured rules: a critical alert mutes the warnings of the same rule family in the same document.
     * CMP-002 ("读取不完整") inhibiting its document's balance and cross-table alerts is left to the routes file:
     * reconcile already leaves the unread tables unchecked, and without a table label such a rule would also mute
     * the genuine findings of the tables that were read.
     */
    public static final List<InhibitRule> DEFAULTS = List.of(
            new InhibitRule(List.of(Matcher.parse("severity=\"critical\"")),
                    List.of(Matcher.parse("severity=\"warning\"")), List.of("documentId", "family")));

    public boolean inhibits(Map<String, String> sourceLabels, Map<String, String> targetLabels) {
        return source.stream().allMatch(m -> m.matches(sourceLabels))
                && target.stream().allMatch(m -> m.matches(targetLabels))
                && equal.stream().allMatch(name -> Objects.equals(sourceLabels.get(name), targetLabels.get(name)));
    }
}

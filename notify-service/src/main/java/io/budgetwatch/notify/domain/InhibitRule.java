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
     * Without configured rules: a critical alert mutes the warnings of the same rule family in the same document,
     * and a table's CMP-002 ("读取不完整") mutes the balance and cross-table alerts of that table in that document
     * (reconcile already leaves an unread table unchecked; this holds should a rule still reach it). A cross-table
     * alert's {@code table} is the first table its evidence names.
     */
    public static final List<InhibitRule> DEFAULTS = List.of(
            new InhibitRule(List.of(Matcher.parse("severity=\"critical\"")),
                    List.of(Matcher.parse("severity=\"warning\"")), List.of("documentId", "family")),
            new InhibitRule(List.of(Matcher.parse("ruleId=\"CMP-002\"")),
                    List.of(Matcher.parse("category=~\"balance|cross_table\"")), List.of("documentId", "table")));

    /** Whether an alert labelled {@code labels} matches the source matchers. */
    public boolean isSource(Map<String, String> labels) {
        return source.stream().allMatch(m -> m.matches(labels));
    }

    public boolean inhibits(Map<String, String> sourceLabels, Map<String, String> targetLabels) {
        return isSource(sourceLabels)
                && target.stream().allMatch(m -> m.matches(targetLabels))
                && equal.stream().allMatch(name -> Objects.equals(sourceLabels.get(name), targetLabels.get(name)));
    }
}

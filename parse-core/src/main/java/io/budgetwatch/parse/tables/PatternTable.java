package io.budgetwatch.parse.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** An ordered list of (pattern, value) rules: the value of the first pattern found in a text wins. */
final class PatternTable {
    private record Rule(Pattern pattern, String value) {
    }

    private final List<Rule> rules = new ArrayList<>();

    PatternTable add(String value, String regex) {
        rules.add(new Rule(Pattern.compile(regex), value));
        return this;
    }

    /** The value of the first rule whose pattern occurs in {@code text}, or null. */
    String find(String text) {
        for (Rule rule : rules) {
            if (rule.pattern().matcher(text).find()) {
                return rule.value();
            }
        }
        return null;
    }
}

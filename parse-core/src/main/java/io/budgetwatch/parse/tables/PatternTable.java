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
        int rule = rank(text);
        return rule < rules.size() ? rules.get(rule).value() : null;
    }

    /** The position of the first rule whose pattern occurs in {@code text}, the number of rules when none does. */
    int rank(String text) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).pattern().matcher(text).find()) {
                return i;
            }
        }
        return rules.size();
    }
}

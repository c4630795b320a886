package io.budgetwatch.notify.domain;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One label matcher in Alertmanager's syntax: {@code name="value"}, {@code name!="value"}, {@code name=~"regex"},
 * {@code name!~"regex"} (quotes optional). Regexes are anchored at both ends, and a missing label is the empty
 * string, both as in Alertmanager.
 */
public record Matcher(String name, Op op, String value, Pattern pattern) {
    public enum Op {
        EQUAL("="), NOT_EQUAL("!="), REGEX("=~"), NOT_REGEX("!~");

        private final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    private static final String NAME = "[A-Za-z_][A-Za-z0-9_]*";
    private static final Pattern SYNTAX = Pattern.compile("\\s*(" + NAME + ")\\s*(=~|!~|!=|=)\\s*(.*?)\\s*");

    public static Matcher of(String name, Op op, String value) {
        if (name == null || !name.matches(NAME)) {
            throw new IllegalArgumentException("not a label name: " + name);
        }
        if (value == null) {
            throw new IllegalArgumentException("matcher " + name + " has no value");
        }
        Pattern pattern = null;
        if (op == Op.REGEX || op == Op.NOT_REGEX) {
            try {
                pattern = Pattern.compile("^(?:" + value + ")$");
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("invalid regex in matcher " + name + op.symbol() + value, e);
            }
        }
        return new Matcher(name, op, value, pattern);
    }

    /**
     * A matcher in the form of Alertmanager's silence API ({@code name}, {@code value}, {@code isRegex},
     * {@code isEqual}): {@code isEqual} false negates it ({@code !=}, {@code !~}).
     */
    public static Matcher of(String name, String value, boolean isRegex, boolean isEqual) {
        return of(name, isRegex ? (isEqual ? Op.REGEX : Op.NOT_REGEX) : (isEqual ? Op.EQUAL : Op.NOT_EQUAL), value);
    }

    public boolean isRegex() {
        return op == Op.REGEX || op == Op.NOT_REGEX;
    }

    public boolean isEqual() {
        return op == Op.EQUAL || op == Op.REGEX;
    }

    /** Parses {@code severity="critical"}, {@code region=~河北省.*} and the like. */
    public static Matcher parse(String text) {
        java.util.regex.Matcher m = SYNTAX.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a matcher (label=value, !=, =~, !~): " + text);
        }
        String op = m.group(2);
        Op parsed = op.equals("=~") ? Op.REGEX : op.equals("!~") ? Op.NOT_REGEX : op.equals("!=") ? Op.NOT_EQUAL
                : Op.EQUAL;
        return of(m.group(1), parsed, unquote(m.group(3)));
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return value;
    }

    public boolean matches(Map<String, String> labels) {
        String actual = labels.getOrDefault(name, "");
        return switch (op) {
            case EQUAL -> actual.equals(value);
            case NOT_EQUAL -> !actual.equals(value);
            case REGEX -> pattern.matcher(actual).matches();
            case NOT_REGEX -> !pattern.matcher(actual).matches();
        };
    }

    /** Equal when name, operator and value are: a compiled {@link Pattern} has no equality of its own. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Matcher m && name.equals(m.name) && op == m.op && value.equals(m.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, op, value);
    }

    @Override
    public String toString() {
        return name + op.symbol() + "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}

package io.budgetwatch.local;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import io.budgetwatch.events.Finding;
import io.budgetwatch.events.Severity;

/** Findings counted by severity, most severe first: "2 critical, 5 warning, 1 info" (or "none"). */
final class Severities {
    private Severities() {
    }

    static Map<Severity, Integer> count(Iterable<Finding> findings) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        return counts;
    }

    static String format(Map<Severity, Integer> counts) {
        StringJoiner text = new StringJoiner(", ");
        text.setEmptyValue("none");
        for (Severity severity : Severity.values()) {
            int count = counts.getOrDefault(severity, 0);
            if (count > 0) {
                text.add(count + " " + severity.name().toLowerCase(Locale.ROOT));
            }
        }
        return text.toString();
    }
}

package io.budgetwatch.parse.claims;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import io.budgetwatch.events.Ordinals;

/**
 * The numbered headings in force at a point of the explanatory text, outermost first (三、财政拨款收支情况 ›
 * （二）一般公共预算当年拨款): a sentence under 财政拨款情况说明 speaks of appropriations even where it says only
 * 基本支出. A heading closes every heading at its own level and below.
 */
final class Sections {
    /** A heading followed by prose on its line ends at its first punctuation: （一）收入预算。本年… */
    private static final Pattern HEADING_END = Pattern.compile("[。：:，,；;]");

    private final String[] open = new String[Ordinals.depth()];

    void heading(String line) {
        int level = Ordinals.level(line);
        if (level < 0) {
            return;
        }
        Arrays.fill(open, level, open.length, null);
        open[level] = HEADING_END.split(line, 2)[0];
    }

    /** The open headings, outermost first; none before the first one. */
    List<String> current() {
        return Arrays.stream(open).filter(Objects::nonNull).toList();
    }
}

package io.budgetwatch.events;

import java.util.regex.Pattern;

/**
 * Printed row names: the ordinals that number them (一、 ⊃ （一） ⊃ 1. ⊃ (1)) and the normal form under which one row
 * is named alike in every table.
 */
public final class RowNames {
    /** 其中： and an ordinal in front of an item's name. */
    private static final Pattern PREFIX = Pattern.compile("^(其中[:：])?(" + Ordinals.alternation() + ")?");
    private static final Pattern SPACE = Pattern.compile("[\\s\u3000]+");

    private RowNames() {
    }

    /** The name without spaces, ordinal prefix or 其中： — how one names the same row in every table. */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String compact = SPACE.matcher(name).replaceAll("");
        // 上年结余、结转 (深圳) names the row 上年结余结转 does: an enumeration comma inside a name is punctuation.
        return PREFIX.matcher(compact).replaceFirst("").replace("、", "");
    }

    /** The outline depth of the name's printed ordinal (一、 = 1 … (1) = 4, {@link Ordinals}), 0 without one. */
    public static int ordinalDepth(String name) {
        String compact = name == null ? "" : SPACE.matcher(name).replaceAll("");
        return Math.max(0, Ordinals.level(compact));
    }
}

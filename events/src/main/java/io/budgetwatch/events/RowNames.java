package io.budgetwatch.events;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Printed row names: the ordinals that number them (一、 ⊃ （一） ⊃ 1. ⊃ (1)) and the normal form under which one row
 * is named alike in every table.
 */
public final class RowNames {
    /** Printed ordinals by outline depth, outermost first: 一、 = 1, （一） = 2, 1. / 1、 = 3, (1) = 4. */
    private static final List<Pattern> ORDINALS = List.of(Pattern.compile("^[一二三四五六七八九十百]+、"),
            Pattern.compile("^[(（][一二三四五六七八九十]+[)）]"), Pattern.compile("^\\d+[、.．](?!\\d)"),
            Pattern.compile("^[(（]\\d+[)）]"));
    /** 其中： and an ordinal in front of an item's name. */
    private static final Pattern PREFIX = Pattern.compile("^(其中[:：])?("
            + String.join("|", ORDINALS.stream().map(p -> p.pattern().substring(1)).toList()) + ")?");
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

    /** The outline depth of the name's printed ordinal (1 to 4, see {@link #ORDINALS}), 0 without one. */
    public static int ordinalDepth(String name) {
        String compact = name == null ? "" : SPACE.matcher(name).replaceAll("");
        for (int depth = 0; depth < ORDINALS.size(); depth++) {
            if (ORDINALS.get(depth).matcher(compact).find()) {
                return depth + 1;
            }
        }
        return 0;
    }
}

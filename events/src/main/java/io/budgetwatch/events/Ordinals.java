package io.budgetwatch.events;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The printed ordinals of Chinese outlines, outermost first: 第一部分 ⊃ 一、 ⊃ （一） ⊃ 1. ⊃ (1). Headings of the
 * explanatory text and item names in tables number themselves with them; the level tells what contains what. The
 * one list of them: row names ({@link RowNames}) and the reader's headings use it.
 */
public final class Ordinals {
    private static final String HAN = "[一二三四五六七八九十百]+";
    private static final List<Pattern> LEVELS = List.of(Pattern.compile("^第" + HAN + "部分"),
            Pattern.compile("^" + HAN + "、"), Pattern.compile("^[(（]" + HAN + "[)）]"),
            Pattern.compile("^\\d{1,2}[、.．](?!\\d)"), Pattern.compile("^[(（]\\d{1,2}[)）]"));

    private Ordinals() {
    }

    /** The outline level of the ordinal {@code text} starts with (0 = 第一部分), or -1 when it starts with none. */
    public static int level(String text) {
        for (int level = 0; level < LEVELS.size(); level++) {
            if (LEVELS.get(level).matcher(text).find()) {
                return level;
            }
        }
        return -1;
    }

    /** {@code text} without its leading ordinal. */
    public static String strip(String text) {
        for (Pattern level : LEVELS) {
            Matcher ordinal = level.matcher(text);
            if (ordinal.find()) {
                return text.substring(ordinal.end()).trim();
            }
        }
        return text;
    }

    /** How many levels there are. */
    public static int depth() {
        return LEVELS.size();
    }

    /** The ordinals as one alternation without anchors, for patterns that strip them off a name. */
    static String alternation() {
        return String.join("|", LEVELS.stream().map(p -> p.pattern().substring(1)).toList());
    }
}

package io.budgetwatch.reconcile.document;

import io.budgetwatch.events.Row;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Normalised row names and the summary rows (合计, 总计, 结转 …) that tables print without a code. */
public final class RowNames {
    public static final Set<String> TOTAL = Set.of("合计", "总计", "资产总额");

    /**
     * The summary rows of one side of a two-sided table, by printed name. {@code sideTotal} (收入合计 / 支出合计) is
     * ambiguous across templates: it is the current-year total where the side prints no other one, and the grand
     * total where it does (江苏: 当年收入小计 + 上年结转资金 = 收入合计).
     */
    public record SideNames(Set<String> grandTotal, Set<String> currentTotal, Set<String> sideTotal,
            Set<String> carryover) {
        boolean contains(String normalised) {
            return grandTotal.contains(normalised) || currentTotal.contains(normalised)
                    || sideTotal.contains(normalised) || carryover.contains(normalised);
        }
    }

    public static final SideNames INCOME = new SideNames(Set.of("收入总计", "收入合计总计", "总计"),
            Set.of("本年收入合计", "本年收入小计", "当年收入小计", "本年收入"), Set.of("收入合计"),
            Set.of("上年结转结余", "上年结转", "上年结转和结余", "上年结余结转", "年初财政拨款结转和结余", "年初结转和结余",
                    "年初结转结余", "上年财政拨款结转", "上年结转资金"));
    public static final SideNames EXPENDITURE = new SideNames(Set.of("支出总计", "支出合计总计", "总计"),
            Set.of("本年支出合计", "本年支出小计", "当年支出小计", "本年支出"), Set.of("支出合计"),
            Set.of("年终结转结余", "年末结转结余", "年末财政拨款结转和结余", "年末结转和结余", "结转下年", "年终结转和结余",
                    "结转下年资金"));

    /** Ordinal prefixes (一、 （一） 1、 1. (1)) and 其中： that precede item names. */
    private static final Pattern PREFIX = Pattern.compile(
            "^(其中[:：])?([一二三四五六七八九十百]+、|[(（][一二三四五六七八九十\\d]+[)）]|\\d+[、.．])?");
    /** The outline levels of printed ordinals, outermost first: 一、 ⊃ （一） ⊃ 1. ⊃ (1). */
    private static final List<Pattern> ORDINAL_LEVELS = List.of(Pattern.compile("^[一二三四五六七八九十百]+、"),
            Pattern.compile("^[(（][一二三四五六七八九十]+[)）]"), Pattern.compile("^\\d+[、.．]"),
            Pattern.compile("^[(（]\\d+[)）]"));
    private static final Pattern SPACE = Pattern.compile("[\\s\u3000]+");

    private RowNames() {
    }

    /** The names of the summary rows of {@code side} (an expenditure half by economic use ends like the other). */
    public static SideNames of(String side) {
        return Row.INCOME_SIDE.equals(side) ? INCOME : EXPENDITURE;
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

    public static boolean isOneOf(String name, Set<String> names) {
        return names.contains(normalise(name));
    }

    public static boolean isSummary(String name) {
        String normalised = normalise(name);
        return TOTAL.contains(normalised) || INCOME.contains(normalised) || EXPENDITURE.contains(normalised);
    }

    /** The outline level of the name's printed ordinal (一、 = 0, （一） = 1, 1. = 2, (1) = 3), or -1 without one. */
    public static int ordinalLevel(String name) {
        String compact = name == null ? "" : SPACE.matcher(name).replaceAll("");
        for (int level = 0; level < ORDINAL_LEVELS.size(); level++) {
            if (ORDINAL_LEVELS.get(level).matcher(compact).find()) {
                return level;
            }
        }
        return -1;
    }
}

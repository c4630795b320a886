package io.budgetwatch.reconcile.document;

import java.util.Set;
import java.util.regex.Pattern;

/** Normalised row names and the summary rows (合计, 总计, 结转 …) that tables print without a code. */
public final class RowNames {
    public static final Set<String> TOTAL = Set.of("合计", "总计", "资产总额");
    public static final Set<String> INCOME_GRAND_TOTAL = Set.of("收入总计", "收入合计总计");
    public static final Set<String> EXPENDITURE_GRAND_TOTAL = Set.of("支出总计", "支出合计总计");
    public static final Set<String> CURRENT_INCOME = Set.of("本年收入合计", "本年收入小计", "收入合计");
    public static final Set<String> CURRENT_EXPENDITURE = Set.of("本年支出合计", "本年支出小计", "支出合计");
    public static final Set<String> CARRYOVER_IN = Set.of("上年结转结余", "上年结转", "上年结转和结余", "上年结余结转",
            "年初财政拨款结转和结余", "年初结转和结余", "年初结转结余", "上年财政拨款结转");
    public static final Set<String> CARRYOVER_OUT = Set.of("年终结转结余", "年末结转结余", "年末财政拨款结转和结余",
            "年末结转和结余", "结转下年", "年终结转和结余");

    /** Ordinal prefixes (一、 （一） 1、 1. (1)) and 其中： that precede item names. */
    private static final Pattern PREFIX = Pattern.compile(
            "^(其中[:：])?([一二三四五六七八九十百]+、|[(（][一二三四五六七八九十\\d]+[)）]|\\d+[、.．])?");
    private static final Pattern SPACE = Pattern.compile("[\\s\u3000]+");

    private RowNames() {
    }

    /** The name without spaces, ordinal prefix or 其中： — how one names the same row in every table. */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String compact = SPACE.matcher(name).replaceAll("");
        return PREFIX.matcher(compact).replaceFirst("");
    }

    public static boolean isOneOf(String name, Set<String> names) {
        return names.contains(normalise(name));
    }

    public static boolean isSummary(String name) {
        String normalised = normalise(name);
        return TOTAL.contains(normalised) || INCOME_GRAND_TOTAL.contains(normalised)
                || EXPENDITURE_GRAND_TOTAL.contains(normalised) || CURRENT_INCOME.contains(normalised)
                || CURRENT_EXPENDITURE.contains(normalised) || CARRYOVER_IN.contains(normalised)
                || CARRYOVER_OUT.contains(normalised);
    }
}

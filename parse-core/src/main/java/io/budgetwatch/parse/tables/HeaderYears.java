package io.budgetwatch.parse.tables;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Years printed in column headers or row labels of comparative tables (2025年预算数 | 2026年预算数 | 增减变化):
 * the latest year is this year's figure, an earlier one is the prior year's, whatever its position.
 */
final class HeaderYears {
    private static final Pattern YEAR = Pattern.compile("(20\\d\\d)\\s*年");
    private static final Pattern CHANGE = Pattern.compile("增减|增长|变化|变动");
    static final int NONE = 0;

    private HeaderYears() {
    }

    /** The year a label names, or {@link #NONE}. */
    static int of(String label) {
        Matcher year = YEAR.matcher(label == null ? "" : label.replace(" ", ""));
        return year.find() ? Integer.parseInt(year.group(1)) : NONE;
    }

    /** The latest year named by at least one label, when two different years are named; else {@link #NONE}. */
    static int latest(List<String> labels) {
        List<Integer> years = labels.stream().map(HeaderYears::of).filter(y -> y != NONE).distinct().toList();
        return years.size() < 2 ? NONE : years.stream().max(Integer::compare).orElse(NONE);
    }

    static boolean isEarlier(String label, int latestYear) {
        int year = of(label);
        return latestYear != NONE && year != NONE && year < latestYear;
    }

    /** The header path without the segments that name a year: what the column is, whichever year it is for. */
    static String withoutYears(String label) {
        return String.join("/", Arrays.stream(label.split("/")).filter(segment -> of(segment) == NONE).toList());
    }

    /** 增减变化 / 增长率: a change, neither year's figure. */
    static boolean isChange(String label) {
        return label != null && CHANGE.matcher(label).find();
    }
}

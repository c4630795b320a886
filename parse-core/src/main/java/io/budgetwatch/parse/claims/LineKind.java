package io.budgetwatch.parse.claims;

import java.util.regex.Pattern;

/**
 * What a line of page text is, as far as sentences are concerned. Table rows end a sentence (their numbers have no
 * unit, so they never become figures, but they must not glue two sentences together); page numbers are dropped
 * without ending one, because a sentence often wraps over a page footer.
 */
enum LineKind {
    BLANK, PAGE_NUMBER, TABLE_ROW, HEADING, TITLE, PROSE;

    private static final Pattern PAGE_NUMBER_LINE = Pattern.compile("[-—\\s]*\\d{1,4}[-—\\s]*");
    /** 一、 / (一) / (1) / 1、 / 1. (not 1.04) / 第一部分: an ordinal starts a new sentence. */
    private static final Pattern ORDINAL = Pattern.compile(
            "(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|\\(([一二三四五六七八九十]+|\\d{1,2})\\)|\\d{1,2}[、.](?!\\d)).*");
    private static final Pattern CLAUSE_PUNCTUATION = Pattern.compile("[，。；：！？,;:]");
    private static final Pattern FIGURE_UNIT = Pattern.compile("\\d\\s*(万元|亿元|元|%)");
    /** A whitespace-separated number that no unit, 年 or 月 follows: a table cell. */
    private static final Pattern BARE_NUMBER = Pattern.compile("(?<=^|\\s)[≤≥<>]?-?\\d[\\d,]*(\\.\\d+)?%?(?=\\s+(?![万元亿%年月日])|$)");

    static LineKind of(String line) {
        if (line.isBlank()) {
            return BLANK;
        }
        if (PAGE_NUMBER_LINE.matcher(line).matches()) {
            return PAGE_NUMBER;
        }
        boolean punctuated = CLAUSE_PUNCTUATION.matcher(line).find();
        if (line.indexOf('\t') >= 0 || !punctuated && BARE_NUMBER.matcher(line).results().count() >= 2) {
            return TABLE_ROW;
        }
        if (ORDINAL.matcher(line).matches()) {
            return punctuated || FIGURE_UNIT.matcher(line).find() ? HEADING : TITLE;
        }
        return PROSE;
    }
}

package io.budgetwatch.parse.claims;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One sentence of prose, joined across line and page breaks. {@code pageStarts[i]} is the offset in {@code text}
 * where {@code pages[i]} begins, so a claim can name the page its subject is printed on; {@code headings} are the
 * numbered headings it stands under ({@link Sections}), outermost first.
 */
record Sentence(String text, int[] pageStarts, int[] pages, List<String> headings) {
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s");

    /** The text without white space: some producers space every character (出 （ 项 ） 支 出 45.02 万 元). */
    String compact() {
        return WHITE_SPACE.matcher(text).replaceAll("");
    }

    int pageAt(int offset) {
        int page = pages[0];
        for (int i = 0; i < pageStarts.length && pageStarts[i] <= offset; i++) {
            page = pages[i];
        }
        return page;
    }
}

package io.budgetwatch.parse.claims;

import java.util.List;

/**
 * One sentence of prose, joined across line and page breaks. {@code pageStarts[i]} is the offset in {@code text}
 * where {@code pages[i]} begins, so a claim can name the page its subject is printed on; {@code headings} are the
 * numbered headings it stands under ({@link Sections}), outermost first.
 */
record Sentence(String text, int[] pageStarts, int[] pages, List<String> headings) {

    int pageAt(int offset) {
        int page = pages[0];
        for (int i = 0; i < pageStarts.length && pageStarts[i] <= offset; i++) {
            page = pages[i];
        }
        return page;
    }
}

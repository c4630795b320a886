package io.budgetwatch.parse.claims;

import java.util.List;

/**
 * Marks the parts of a sentence that give reasons or uses ({@code 主要原因是人员经费增加}, {@code 主要用于…}) up to the
 * next ；or 。. Figures and change words there explain a claim; they are not claims themselves, and must not lend
 * their direction word to the subject before them. Titles of documents ({@code 《项目支出绩效评价管理办法》}) name a
 * text, never a figure's subject, and are muted too.
 */
final class ReasonClauses {
    private static final List<String> MARKERS = List.of("原因", "主要因为", "主要是", "用于", "主要有", "主要包括");

    private ReasonClauses() {
    }

    static boolean[] mask(String sentence) {
        boolean[] muted = new boolean[sentence.length()];
        for (String marker : MARKERS) {
            for (int at = sentence.indexOf(marker); at >= 0; at = sentence.indexOf(marker, at + 1)) {
                for (int i = at; i < sentence.length() && sentence.charAt(i) != '；' && sentence.charAt(i) != ';'; i++) {
                    muted[i] = true;
                }
            }
        }
        for (int open = sentence.indexOf('《'); open >= 0; open = sentence.indexOf('《', open + 1)) {
            int close = sentence.indexOf('》', open);
            for (int i = open; i <= (close < 0 ? open : close); i++) {
                muted[i] = true;
            }
        }
        return muted;
    }
}

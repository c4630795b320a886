package io.budgetwatch.parse.claims;

/** Bracket and clause punctuation, in both the full-width and the ASCII forms that normalised text mixes. */
final class Brackets {
    private Brackets() {
    }

    static int depthChange(char c) {
        return switch (c) {
            case '(', '（', '[', '【' -> 1;
            case ')', '）', ']', '】' -> -1;
            default -> 0;
        };
    }

    static boolean isClauseEnd(char c) {
        return c == '，' || c == '；' || c == '。' || c == ',' || c == ';' || c == '：' || c == ':';
    }
}

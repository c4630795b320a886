package io.budgetwatch.parse.claims;

import io.budgetwatch.events.Change;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The words that state a year-over-year direction. Flat phrases are tried first at each position because
 * {@code 无增减变化} contains {@code 增} and {@code 减}; single characters are never enough ({@code 增设机构} is no change).
 * An unfilled template pair such as {@code 增加（减少）} states no direction, though the figure after it is still a delta.
 */
final class ChangeWords {
    private static final Map<String, Change> WORDS = new LinkedHashMap<>();
    /** Flat phrases that are comparisons by themselves; 一致 and 相同 also compare a table with another. */
    private static final Pattern SELF_COMPARATIVE = Pattern.compile("持平|无增减|无变化|没有变化");

    static {
        List.of("无增减变化", "无增减", "无变化", "没有变化", "持平", "一致", "相同", "不变").forEach(w -> WORDS.put(w, Change.FLAT));
        List.of("增加", "增长", "上升", "提高").forEach(w -> WORDS.put(w, Change.INCREASE));
        List.of("减少", "下降", "降低", "压减", "缩减").forEach(w -> WORDS.put(w, Change.DECREASE));
    }

    private ChangeWords() {
    }

    /** The first stated direction in {@code text}, skipping ambiguous template pairs. */
    static Optional<Change> first(String text) {
        for (int pos = 0; pos < text.length(); pos++) {
            Optional<String> word = wordAt(text, pos);
            if (word.isPresent()) {
                int after = pos + word.get().length();
                Optional<String> alternative = bracketedWordAt(text, after);
                if (alternative.isEmpty()) {
                    return Optional.of(WORDS.get(word.get()));
                }
                pos = after + alternative.get().length() + 1;
            }
        }
        return Optional.empty();
    }

    /** True when {@code text} names an increase or a decrease, even an ambiguous one: the figure after it is a delta. */
    static boolean directional(String text) {
        for (int pos = 0; pos < text.length(); pos++) {
            Optional<String> word = wordAt(text, pos);
            if (word.isPresent() && WORDS.get(word.get()) != Change.FLAT) {
                return true;
            }
        }
        return false;
    }

    static boolean selfComparative(String text) {
        return SELF_COMPARATIVE.matcher(text).find();
    }

    /** True when a change word starts at {@code pos}. */
    static boolean startsAt(String text, int pos) {
        return wordAt(text, pos).isPresent();
    }

    private static Optional<String> wordAt(String text, int pos) {
        return WORDS.keySet().stream().filter(word -> text.startsWith(word, pos)).findFirst();
    }

    /** {@code (减少)} right after a word: returns the bracket and the word inside it. */
    private static Optional<String> bracketedWordAt(String text, int pos) {
        if (pos >= text.length() || Brackets.depthChange(text.charAt(pos)) <= 0) {
            return Optional.empty();
        }
        return wordAt(text, pos + 1)
                .filter(word -> pos + 1 + word.length() < text.length()
                        && Brackets.depthChange(text.charAt(pos + 1 + word.length())) < 0)
                .map(word -> text.substring(pos, pos + 1 + word.length()));
    }
}

package io.budgetwatch.notify.domain;

import java.util.List;
import java.util.Optional;

import io.budgetwatch.events.ChineseNames;
import io.budgetwatch.events.Evidence;

/**
 * A finding's evidence as the short Chinese text notifications carry, e.g.
 * "财政拨款“三公”经费支出表 第25页 行 “三公”经费合计 列 金额": table, page, row, column and an excerpt of the
 * sentence, for each place; short enough for a chat message, so a long list is cut after {@link #MAX_PLACES}.
 */
public final class EvidenceText {
    static final int MAX_PLACES = 3;
    static final int MAX_SENTENCE = 40;

    private EvidenceText() {
    }

    /** The text, or empty when the finding names no place. */
    public static Optional<String> of(List<Evidence> evidence) {
        if (evidence == null) {
            return Optional.empty();
        }
        List<String> places = evidence.stream().filter(e -> e != null).map(EvidenceText::place)
                .filter(p -> !p.isEmpty()).toList();
        if (places.isEmpty()) {
            return Optional.empty();
        }
        String text = String.join("；", places.subList(0, Math.min(places.size(), MAX_PLACES)));
        return Optional.of(places.size() > MAX_PLACES ? text + " 等 " + places.size() + " 处" : text);
    }

    private static String place(Evidence e) {
        String place = ChineseNames.place(e);
        if (!present(e.sentence())) {
            return place;
        }
        String quoted = "“" + excerpt(e.sentence().strip()) + "”";
        return place.isEmpty() ? quoted : place + " " + quoted;
    }

    private static String excerpt(String sentence) {
        return sentence.codePointCount(0, sentence.length()) <= MAX_SENTENCE ? sentence
                : sentence.substring(0, sentence.offsetByCodePoints(0, MAX_SENTENCE)) + "…";
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}

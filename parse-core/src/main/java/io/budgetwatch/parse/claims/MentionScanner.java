package io.budgetwatch.parse.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds subject phrases left to right. A phrase in a reason clause is not a subject, nor is the denominator of a
 * share ({@code 占“三公”经费的13.77%} is about the item before it, not about the “三公” total; likewise
 * {@code 完成财政预算支出85%}).
 */
final class MentionScanner {
    private final TopicLexicon lexicon;

    MentionScanner(TopicLexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Mention> scan(String sentence, boolean[] muted) {
        List<Mention> mentions = new ArrayList<>();
        int depth = 0;
        int pos = 0;
        while (pos < sentence.length()) {
            Optional<TopicLexicon.Match> match = muted[pos] ? Optional.empty() : lexicon.matchAt(sentence, pos);
            if (match.isPresent() && !isDenominator(sentence, pos)) {
                TopicLexicon.Match m = match.get();
                mentions.add(new Mention(sentence.substring(pos, m.phraseEnd()), m.entry().topics(), pos, m.end(), depth));
                pos = m.end();
                continue;
            }
            depth += Brackets.depthChange(sentence.charAt(pos));
            pos++;
        }
        return mentions;
    }

    /** True when 占 or 完成 opens the clause the phrase is in: the phrase is then the base of a share. */
    private static boolean isDenominator(String sentence, int pos) {
        for (int i = pos - 1; i >= 0; i--) {
            char c = sentence.charAt(i);
            if (c == '占' || c == '成' && i > 0 && sentence.charAt(i - 1) == '完') {
                return true;
            }
            if (Brackets.isClauseEnd(c)) {
                return false;
            }
        }
        return false;
    }
}

package io.budgetwatch.parse.claims;

import io.budgetwatch.events.Claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns one sentence into claims. Each subject owns the text up to the next subject at its bracket level (its
 * scope); a bracketed group that contains other subjects ({@code （其中：公务用车购置费0万元，…）}) belongs to those
 * parts and is skipped, so {@code 公务用车购置及运行维护费8.80万元（…），与上年持平} gives the total its 持平.
 * Subjects listed with 、/和/及 and nothing else between them share the scope of the last one
 * ({@code 因公出国（境）费、公务用车购置费、公务接待费预算与上年持平}).
 */
final class SentenceAnalyzer {
    private static final Set<String> CONJUNCTIONS = Set.of("、", "和", "及", "与", "以及", "、和");
    private static final char EXCLUDED = '|';

    private final MentionScanner scanner;
    private final ScopeReader reader = new ScopeReader();

    SentenceAnalyzer(TopicLexicon lexicon) {
        this.scanner = new MentionScanner(lexicon);
    }

    List<Claim> analyse(Sentence sentence) {
        String text = sentence.text();
        boolean[] muted = ReasonClauses.mask(text);
        List<Mention> mentions = scanner.scan(text, muted);
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention mention = mentions.get(i);
            if (mention.isBlocker()) {
                continue;
            }
            int page = sentence.pageAt(mention.start());
            int owner = sharedScopeOwner(text, muted, mentions, i);
            Mention scopeOwner = mentions.get(owner);
            String suffix = text.substring(Math.min(scopeOwner.end(), scopeOwner.start() + scopeOwner.subject().length()),
                    scopeOwner.end());
            List<Statement> statements = reader.read(scopeView(text, muted, mentions, owner),
                    ScopeReader.FINAL.matcher(text).find(), suffix);
            for (Statement statement : asOfYear(statements, EarlierYear.qualifiedSubject(text, mention))) {
                String subject = statement.subject() == null ? mention.subject() : statement.subject();
                for (String topic : mention.topics()) {
                    claims.add(new Claim(topic, subject, statement.value(), statement.unit(), statement.change(),
                            statement.delta(), statement.percent(), page, text, qualifier(statement, sentence, mention,
                                    topic)));
                }
            }
        }
        return claims;
    }

    /**
     * A reference figure (上年预算数, 年初预算, the 预算 beside a 决算, an earlier year) is qualified by its reference
     * words: it is not this year's figure of the subject. Otherwise the words before the subject may qualify it.
     */
    private static String qualifier(Statement statement, Sentence sentence, Mention mention, String topic) {
        return statement.subject() != null ? statement.subject()
                : Qualifiers.of(sentence.text(), mention, topic).or(() -> Qualifiers.ofHeadings(sentence.headings(), topic))
                        .orElse(null);
    }

    /** An earlier year's subject keeps only its amounts, as reference figures under the year-qualified subject. */
    private static List<Statement> asOfYear(List<Statement> statements, Optional<String> earlierYearSubject) {
        return earlierYearSubject.map(subject -> statements.stream()
                        .filter(statement -> statement.value() != null)
                        .map(statement -> new Statement(subject, statement.value(), statement.unit(), null, null, null))
                        .toList())
                .orElse(statements);
    }

    /**
     * The mention whose scope mention {@code i} reads: itself, or the last of a 、-joined list it opens (the list may
     * include figures that are not key figures: {@code 项目支出、单位预留机动经费与上年数一致}).
     */
    private int sharedScopeOwner(String text, boolean[] muted, List<Mention> mentions, int i) {
        int owner = i;
        while (owner + 1 < mentions.size()
                && mentions.get(owner + 1).depth() == mentions.get(owner).depth()
                && CONJUNCTIONS.contains(scopeView(text, muted, mentions, owner).replace(String.valueOf(EXCLUDED), "").strip())) {
            owner++;
        }
        return owner;
    }

    /**
     * The scope of mention {@code i} as a string: from its end to the next mention at its level or the bracket that
     * closes its level, with reason clauses and bracketed groups holding other mentions replaced by a separator.
     */
    private static String scopeView(String text, boolean[] muted, List<Mention> mentions, int i) {
        Mention mention = mentions.get(i);
        StringBuilder view = new StringBuilder();
        int level = 0;
        int pos = mention.end();
        while (pos < text.length() && !startsMention(mentions, i, pos)) {
            char c = text.charAt(pos);
            int change = Brackets.depthChange(c);
            if (change > 0) {
                int close = closingBracket(text, pos);
                if (containsMention(mentions, pos, close)) {
                    view.append(EXCLUDED);
                    pos = close + 1;
                    continue;
                }
            }
            level += change;
            if (level < 0) {
                break;
            }
            view.append(muted[pos] ? EXCLUDED : c);
            pos++;
        }
        return view.toString();
    }

    private static boolean startsMention(List<Mention> mentions, int after, int pos) {
        for (int j = after + 1; j < mentions.size(); j++) {
            if (mentions.get(j).start() == pos) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsMention(List<Mention> mentions, int from, int to) {
        return mentions.stream().anyMatch(m -> m.start() > from && m.start() < to);
    }

    private static int closingBracket(String text, int open) {
        int depth = 0;
        for (int pos = open; pos < text.length(); pos++) {
            depth += Brackets.depthChange(text.charAt(pos));
            if (depth == 0) {
                return pos;
            }
        }
        return text.length() - 1;
    }
}

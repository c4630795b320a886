package io.budgetwatch.parse.claims;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A subject whose own clause names a year earlier than the latest year in the sentence is about that earlier year
 * ({@code 2017年度支出预算安排与2016年度相比（2016年度部门支出预算安排为8,648.07万元）}): its figure is a reference
 * figure, named by the subject printed from the year on ({@code 2016 年度部门支出预算}).
 */
final class EarlierYear {
    private static final Pattern YEAR = Pattern.compile("(20\\d\\d)\\s*年");

    private EarlierYear() {
    }

    static Optional<String> qualifiedSubject(String sentence, Mention mention) {
        int clauseStart = clauseStart(sentence, mention.start());
        Matcher clause = YEAR.matcher(sentence).region(clauseStart, mention.start());
        Integer year = null;
        int yearStart = -1;
        while (clause.find()) {
            year = Integer.valueOf(clause.group(1));
            yearStart = clause.start();
        }
        if (year == null || year >= latestYear(sentence)) {
            return Optional.empty();
        }
        return Optional.of(sentence.substring(yearStart, mention.start() + mention.subject().length()));
    }

    private static int latestYear(String sentence) {
        return YEAR.matcher(sentence).results().mapToInt(m -> Integer.parseInt(m.group(1))).max().orElse(0);
    }

    private static int clauseStart(String sentence, int pos) {
        for (int i = pos - 1; i >= 0; i--) {
            char c = sentence.charAt(i);
            if (Brackets.isClauseEnd(c) || Brackets.depthChange(c) > 0) {
                return i + 1;
            }
        }
        return 0;
    }
}

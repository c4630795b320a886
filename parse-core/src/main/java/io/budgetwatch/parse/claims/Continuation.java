package io.budgetwatch.parse.claims;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Some producers state a figure and its change in two sentences ({@code 项目支出预算数为13025.38万元。与上年相比增加
 * 943.92万元，增长7.81%。}). A sentence that opens with a bare comparison and a direction word continues the
 * previous one, so the change stays with its subject.
 */
final class Continuation {
    private static final Pattern OPENER = Pattern.compile("^(与|比|较)(上年|上一年|\\d{4}\\s*年度?)(相比|预算执行数|预算数|预算|同期)?[，,]?");

    private Continuation() {
    }

    static boolean opens(String text) {
        Matcher m = OPENER.matcher(text);
        return m.find() && ChangeWords.startsAt(text, m.end());
    }
}

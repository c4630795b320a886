package io.budgetwatch.parse.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.budgetwatch.events.Change;
import io.budgetwatch.events.Claim;

/**
 * What the text states about one line of the functional classification, named by its 款 and 项 as printed
 * ({@code 人大事务（款）行政运行（项）支出7448.2万元，与上年相比增加1075.88万元，增长16.88%}): a claim on
 * {@link Claim#CLASSIFICATION_ITEM} whose subject is the names from 类 down to 项 joined by {@code /} and whose
 * qualifier is {@code 项}, so no rule about the department's key figures takes it. The 类 is the one the sentence
 * names, else the heading it stands under ({@code （三）住房保障支出（类）}).
 */
final class ItemStatements {
    private static final String NAME = "[\\p{IsHan}、“”\"()（）]+?";
    private static final String NUMBER = "-?\\d[\\d,]*(?:\\.\\d+)?";
    private static final Pattern ITEM = Pattern.compile("(?:(?<klass>[\\p{IsHan}、]+?)\\(类\\))?(?<section>[\\p{IsHan}、]+?)"
            + "\\(款\\)(?<item>" + NAME + ")\\(项\\)[^，,。；;\\d]{0,16}?(?<value>" + NUMBER + ")(?<unit>万元|亿元|元|万$)");
    /** The change that may follow: 与上年相比增加1075.88万元，增长16.88% · 与上年预算数相同. */
    private static final Pattern CHANGE = Pattern.compile("^[，,]?(?:与|较|比)上年[^，,。；;\\d]{0,6}?"
            + "(?:(?<same>相同|持平|一致)|(?<direction>增加|减少|下降|增长)(?<delta>" + NUMBER + ")(?:万元|亿元|元)"
            + "(?:[，,](?:增长|下降|减少|增加|上升)(?<percent>" + NUMBER + ")%)?)");
    private static final Pattern CLASS_HEADING = Pattern.compile("([\\p{IsHan}、]+?)\\(类\\)");
    private static final Pattern LEADING = Pattern.compile("^(其中|主要是|主要用于|包括)");

    private ItemStatements() {
    }

    static List<Claim> of(Sentence sentence) {
        // Some producers space every character (出 （ 项 ） 支 出 45.02 万 元): matched without white space.
        String text = sentence.text().replaceAll("\\s", "");
        List<Claim> claims = new ArrayList<>();
        Matcher item = ITEM.matcher(text);
        while (item.find()) {
            String klass = Optional.ofNullable(item.group("klass")).or(() -> headingClass(sentence.headings()))
                    .orElse("");
            String section = LEADING.matcher(item.group("section")).replaceFirst("");
            String subject = (klass.isEmpty() ? "" : klass + "/") + section + "/" + item.group("item");
            Matcher change = CHANGE.matcher(text.substring(item.end()));
            Change direction = null;
            String delta = null;
            String percent = null;
            if (change.find()) {
                direction = change.group("same") != null ? Change.FLAT
                        : change.group("direction").equals("增加") || change.group("direction").equals("增长")
                                ? Change.INCREASE : Change.DECREASE;
                delta = change.group("same") != null ? null : change.group("delta").replace(",", "");
                percent = change.group("percent") == null ? null : change.group("percent").replace(",", "");
            }
            // A sentence cut after 万 (…支出2464.02万 / 元，与上年相比…): the 元 opens the next line.
            String unit = item.group("unit").equals("万") ? "万元" : item.group("unit");
            int page = sentence.pageAt(printedOffset(sentence.text(), item.start()));
            claims.add(new Claim(Claim.CLASSIFICATION_ITEM, subject, item.group("value").replace(",", ""), unit,
                    direction, delta, percent, page, sentence.text(), "项"));
        }
        return claims;
    }

    /** Where the {@code compact}-th character that is no white space stands in {@code printed}. */
    private static int printedOffset(String printed, int compact) {
        int seen = 0;
        for (int i = 0; i < printed.length(); i++) {
            if (!Character.isWhitespace(printed.charAt(i)) && seen++ == compact) {
                return i;
            }
        }
        return printed.length();
    }

    private static Optional<String> headingClass(List<String> headings) {
        for (int i = headings.size() - 1; i >= 0; i--) {
            Matcher heading = CLASS_HEADING.matcher(headings.get(i));
            if (heading.find()) {
                return Optional.of(heading.group(1).replaceFirst("^[一二三四五六七八九十]+、", ""));
            }
        }
        return Optional.empty();
    }
}

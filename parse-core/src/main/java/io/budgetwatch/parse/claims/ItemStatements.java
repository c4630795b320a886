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
 * ({@code 人大事务（款）行政运行（项）支出7448.2万元，与上年相比增加1075.88万元，增长16.88%}), or about a whole 类
 * ({@code （1）一般公共服务支出（类）支出4,523.04万元，主要用于…。与上年相比减少53,748.68万元}): a claim on
 * {@link Claim#CLASSIFICATION_ITEM} whose subject is the names from 类 down to 项 joined by {@code /} (the 类's name
 * alone for a 类) and whose qualifier is {@link Claim#ITEM} or {@link Claim#CLASS}, so no rule about the department's
 * key figures takes it. The 类 of a 项 is the one the sentence names, else the heading it stands under
 * ({@code （三）住房保障支出（类）}). The change may follow the amount directly or after clauses without a number
 * (主要用于…。与上年相比…).
 */
final class ItemStatements {
    private static final String NAME = "[\\p{IsHan}、“”\"()（）]+?";
    private static final String NUMBER = "-?\\d[\\d,]*(?:\\.\\d+)?";
    private static final Pattern ITEM = Pattern.compile("(?:(?<klass>[\\p{IsHan}、]+?)\\(类\\))?(?<section>[\\p{IsHan}、]+?)"
            + "\\(款\\)(?<item>" + NAME + ")\\(项\\)(?<lead>[^，,。；;\\d]{0,16}?)(?<value>" + NUMBER + ")(?<unit>万元|亿元|元|万$)");
    /** A 类 stated on its own: its name, then no 款 before its amount. */
    private static final Pattern CLASS = Pattern.compile("(?<klass>[\\p{IsHan}、]+?)\\(类\\)(?<lead>[^，,。；;\\d()]{0,16}?)(?<value>"
            + NUMBER + ")(?<unit>万元|亿元|元|万$)");
    /** Where the comparison with last year starts, after clauses without a number or another line's marks. */
    private static final Pattern CHANGE_START = Pattern.compile("^[^\\d；;()]*?(?=(?:与|较|比)上年)");
    /** The change that may follow: 与上年相比增加1075.88万元，增长16.88% · 与上年预算数相同. */
    private static final Pattern CHANGE = Pattern.compile("^(?:与|较|比)上年[^，,。；;\\d]{0,6}?"
            + "(?:(?<same>相同|持平|一致)|(?<direction>增加|减少|下降|增长)(?<delta>" + NUMBER + ")(?:万元|亿元|元)"
            + "(?:[，,](?:增长|下降|减少|增加|上升)(?<percent>" + NUMBER + ")%)?)");
    private static final Pattern CLASS_HEADING = Pattern.compile("([\\p{IsHan}、]+?)\\(类\\)");
    /** Words before a name that are no part of it, the unit of the amount before included (…2097.51万元商品和服务支出). */
    private static final Pattern LEADING = Pattern.compile("^(、|[万亿]?元|其中|主要是|主要用于|包括)+");
    /** Reference words between the name and the amount: the number is not the line's figure of the year. */
    private static final Pattern REFERENCE = Pattern.compile("年初|上年");

    private ItemStatements() {
    }

    static List<Claim> of(Sentence sentence) {
        String text = sentence.compact();
        List<Claim> claims = new ArrayList<>();
        Matcher item = ITEM.matcher(text);
        while (item.find()) {
            String klass = Optional.ofNullable(item.group("klass")).or(() -> headingClass(sentence.headings()))
                    .orElse("");
            String section = leading(item.group("section"));
            String subject = (klass.isEmpty() ? "" : klass + "/") + section + "/" + item.group("item");
            if (ownFigure(item, text)) {
                claims.add(claim(sentence, text, item, subject, Claim.ITEM));
            }
        }
        Matcher klass = CLASS.matcher(text);
        while (klass.find()) {
            if (ownFigure(klass, text)) {
                claims.add(claim(sentence, text, klass, leading(klass.group("klass")), Claim.CLASS));
            }
        }
        return claims;
    }

    /**
     * Whether the amount is the line's figure of the year: not introduced by 年初/上年, nor by 预算 in a sentence
     * that speaks of the 决算 (年初预算为…，决算为…: {@link FinalAccountItems} reads those).
     */
    private static boolean ownFigure(Matcher amount, String text) {
        String lead = amount.group("lead");
        return !REFERENCE.matcher(lead).find() && !(lead.contains("预算") && text.contains("决算"));
    }

    private static String leading(String name) {
        return LEADING.matcher(name).replaceFirst("");
    }

    /** The claim of one matched amount with the change that may follow it. */
    private static Claim claim(Sentence sentence, String text, Matcher amount, String subject, String qualifier) {
        String rest = text.substring(amount.end());
        Matcher start = CHANGE_START.matcher(rest);
        Matcher change = CHANGE.matcher(start.find() ? rest.substring(start.end()) : rest);
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
        String unit = amount.group("unit").equals("万") ? "万元" : amount.group("unit");
        int page = sentence.pageAt(printedOffset(sentence.text(), amount.start()));
        return new Claim(Claim.CLASSIFICATION_ITEM, subject, amount.group("value").replace(",", ""), unit, direction,
                delta, percent, page, sentence.text(), qualifier);
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

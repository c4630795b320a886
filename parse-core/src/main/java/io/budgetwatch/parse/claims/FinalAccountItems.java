package io.budgetwatch.parse.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.budgetwatch.events.Change;
import io.budgetwatch.events.Claim;

/**
 * A 决算's item-by-item explanation of its 一般公共预算 spending, as the national 决算 template words it: a numbered
 * line naming the 项 ({@code 1、一般公共服务支出（类）财政事务（款）行政运行（项）。}), what it paid for, then
 * {@code 年初预算为1560.05万元，支出决算为1511.89万元，完成年初预算的96.91%。决算数小于预算数的主要原因：…}. Each item
 * gives two claims on {@link Claim#CLASSIFICATION_ITEM} with the item's 类/款/项 names as subject: its 决算数
 * ({@link Claim#FINAL}, with the stated 大于/小于/持平 as change and the completion rate as percent) and its 年初预算
 * ({@link Claim#ORIGINAL_BUDGET}). The parts are separate sentences, and a long item name wraps onto a line of its
 * own ({@code …行政单位离退休} / {@code （项）。}), so this reads across the sentences of one item.
 */
final class FinalAccountItems {
    private static final String NUMBER = "\\d[\\d,]*(?:\\.\\d+)?";
    private static final String UNIT = "(?:万元|亿元|元)";
    /** The numbered line naming the item; the 项's name may end in the next sentence. */
    private static final Pattern HEADING = Pattern.compile("^\\d{1,3}[、.．]\\s*(?:(?<klass>[\\p{IsHan}、]+?)\\(类\\))?"
            + "(?<section>[\\p{IsHan}、]+?)\\(款\\)(?<item>[\\p{IsHan}、“”\"()（）]*?)(?<end>\\(项\\))?[。：:，,]?$");
    private static final Pattern ITEM_END = Pattern.compile("^(?<rest>[\\p{IsHan}、“”\"]{0,30}?)\\(项\\)[。：:，,]?$");
    private static final Pattern FIGURES = Pattern.compile("年初预算(?:数)?为?(?<budget>" + NUMBER + ")(?<budgetUnit>"
            + UNIT + ")[，,](?:支出)?决算(?:数)?为?(?<final>" + NUMBER + ")(?<finalUnit>" + UNIT + ")"
            + "(?:[，,]完成(?:年初)?预算的(?<percent>" + NUMBER + ")%)?");
    private static final Pattern WORDING = Pattern.compile("决算数?(?:(?<more>大于|高于|超过)|(?<less>小于|低于))(?:年初)?预算数?"
            + "|决算数?与(?:年初)?预算数?(?:基本)?(?<flat>持平|一致|相同)");
    /** How many sentences after its heading an item's figures and wording may come. */
    private static final int ITEM_SENTENCES = 4;

    private FinalAccountItems() {
    }

    /** The claims stated in each sentence, by the sentence's position: so they keep document order. */
    static List<List<Claim>> of(List<Sentence> sentences) {
        List<List<Claim>> claims = new ArrayList<>();
        sentences.forEach(s -> claims.add(new ArrayList<>()));
        List<String> texts = sentences.stream().map(Sentence::compact).toList();
        for (int i = 0; i < sentences.size(); i++) {
            Matcher named = HEADING.matcher(texts.get(i));
            if (!named.matches()) {
                continue;
            }
            String item = named.group("item");
            int next = i + 1;
            if (named.group("end") == null) {
                Matcher end = next < sentences.size() ? ITEM_END.matcher(texts.get(next)) : null;
                if (end == null || !end.matches()) {
                    continue;
                }
                item += end.group("rest");
                next++;
            }
            String klass = named.group("klass");
            String subject = (klass == null ? "" : klass + "/") + named.group("section") + "/" + item;
            read(sentences, texts, next, subject, claims);
        }
        return claims;
    }

    /** The item's figures and wording in the sentences from {@code from} up to the next numbered line. */
    private static void read(List<Sentence> sentences, List<String> texts, int from, String subject,
            List<List<Claim>> claims) {
        for (int j = from; j < Math.min(sentences.size(), from + ITEM_SENTENCES); j++) {
            Sentence sentence = sentences.get(j);
            String text = texts.get(j);
            if (HEADING.matcher(text).matches()) {
                return;
            }
            Matcher figures = FIGURES.matcher(text);
            if (figures.find()) {
                String said = text + (j + 1 < sentences.size() ? texts.get(j + 1) : "");
                Matcher wording = WORDING.matcher(said.substring(figures.end()));
                Change change = !wording.find() ? null
                        : wording.group("more") != null ? Change.INCREASE
                                : wording.group("less") != null ? Change.DECREASE : Change.FLAT;
                int page = sentence.pages()[0];
                claims.get(j).add(new Claim(Claim.CLASSIFICATION_ITEM, subject, plain(figures.group("final")),
                        figures.group("finalUnit"), change, null, figures.group("percent"), page, sentence.text(),
                        Claim.FINAL));
                claims.get(j).add(new Claim(Claim.CLASSIFICATION_ITEM, subject, plain(figures.group("budget")),
                        figures.group("budgetUnit"), null, null, null, page, sentence.text(), Claim.ORIGINAL_BUDGET));
                return;
            }
        }
    }

    private static String plain(String number) {
        return number.replace(",", "");
    }
}

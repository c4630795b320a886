package io.budgetwatch.parse.claims;

import io.budgetwatch.events.KeyFigureNames;
import io.budgetwatch.parse.text.CjkText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phrases the explanatory text uses for each key figure, as data. A phrase with no topic is a <em>blocker</em>:
 * a different figure (会议费, 财政拨款支出, 其他收入 …) that ends the previous subject's scope and must not be read as a
 * shorter topic phrase it happens to contain ({@code 国有资本经营预算收入} contains {@code 预算收入}). Matching is
 * longest-first at each position, so {@code 公务用车购置及运行费} wins over {@code 公务用车购置}.
 */
final class TopicLexicon {

    /** One line per phrase group: topics (comma-separated, {@code -} for a blocker) then the phrases. */
    private static final String TABLE = """
            threePublicTotal                    | “三公”经费 "三公"经费 ‘三公’经费 三公经费 “三公经费”
            threePublicOverseas                 | 因公出国（境）费用 因公出国（境）费 因公出国（境）经费 出国（境）费 因公出国费
            threePublicVehicleTotal             | 公务用车购置及运行维护费 公务用车购置及运行费 公务用车购置及运维费 公务用车购置和运行维护费 公务用车购置及运行经费
            threePublicVehiclePurchase          | 公务用车购置费 公务用车购置
            threePublicVehicleOperation         | 公务用车运行维护费 公务用车运行费 公务用车运维费 公务用车运行经费
            threePublicReception                | 公务接待费 公务接待经费
            organOperatingCosts                 | 机关运行经费 机关运行费
            personnelExpenditure                | 人员经费
            publicOperatingExpenditure          | 公用经费 日常公用经费 正常公用经费
            basicExpenditure                    | 基本支出
            projectExpenditure                  | 项目支出 项目经费
            incomeTotal                         | 收入总计 预算收入总计 收入预算总计 本年收入总计 收入预算 预算收入
            expenditureTotal                    | 支出总计 预算支出总计 支出预算总计 本年支出总计 支出预算 预算支出
            incomeTotal,expenditureTotal        | 收支总计 预算收支总计 收支预算总计 收支安排 预算收支安排 收入支出总计 收入、支出预算总计 收、支预算总计
            currentYearIncome                   | 本年收入合计 本年收入
            carryoverIncome                     | 上年结转 上年财政拨款结转 上年结转结余 上年结转资金 年初财政拨款结转和结余 年初结转和结余
            generalBudgetAppropriation          | 一般公共预算拨款收入 一般公共预算拨款 一般公共预算收入 一般公共预算财政拨款收入
            governmentFundAppropriation         | 政府性基金预算拨款收入 政府性基金预算拨款 政府性基金收入 政府性基金预算收入 基金预算拨款收入 政府性基金预算财政拨款收入 政府性基金拨款收入
            -                                   | 财政拨款 财政拨款收入 财政拨款支出 财政拨款收支 财政拨款收入支出 财政拨款收、支 财政拨款预算支出 财政拨款基本支出 财政拨款项目支出
            -                                   | 一般公共预算支出 一般公共预算拨款支出 一般公共预算财政拨款 一般公共预算财政拨款支出 一般公共预算财政拨款基本支出
            -                                   | 政府性基金支出 政府性基金预算支出 政府性基金拨款支出 国有资本经营预算 国有资本经营预算拨款 国有资本经营预算收入 国有资本经营预算拨款支出
            -                                   | 事业收入 经营收入 事业单位经营收入 其他收入 其他来源收入 其他资金收入 上级补助收入 附属单位上缴收入 财政专户核拨收入 财政专户收入 财政专户管理资金收入
            -                                   | 本年支出 本年支出合计 本级支出 本级项目支出 对下级补助 对附属单位补助 结转下年 年终结转结余
            -                                   | 基本支出表 项目支出表 基本支出预算表 项目支出预算表 收支预算总表 收支总表
            -                                   | 会议费 培训费 单位预留机动经费 政府采购 固定资产
            """;

    /** Words that may follow a subject before its figure (公务接待费<u>预算安排</u>…); consumed so they are not read as subjects. */
    private static final List<String> SUFFIXES = List.of("财政拨款", "预算安排", "支出预算", "预算支出", "预算数", "决算数",
            "支出决算", "预算", "支出", "安排", "共计", "合计", "总额");

    private static final Pattern CLASSIFICATION_LEVEL = Pattern.compile("[(（][类款项][)）]");

    /** A phrase with its topics (empty for a blocker). */
    record Entry(String phrase, List<String> topics) {
    }

    /** A phrase found: {@code phraseEnd} ends the phrase as printed, {@code end} also covers its suffixes. */
    record Match(Entry entry, int phraseEnd, int end) {
    }

    private final Map<Character, List<Entry>> byFirstChar = new HashMap<>();
    private final List<String> suffixes = SUFFIXES.stream().map(CjkText::normalise).toList();

    TopicLexicon() {
        TABLE.lines().filter(line -> !line.isBlank()).forEach(this::addLine);
        byFirstChar.values().forEach(list -> list.sort(Comparator.comparingInt((Entry e) -> e.phrase().length()).reversed()));
    }

    private void addLine(String line) {
        String[] parts = line.split("\\|", 2);
        String topicsField = parts[0].trim();
        List<String> topics = topicsField.equals("-") ? List.of() : Arrays.asList(topicsField.split(","));
        topics.forEach(topic -> {
            if (!KeyFigureNames.ALL.contains(topic)) {
                throw new IllegalStateException("not a key figure: " + topic);
            }
        });
        for (String phrase : parts[1].trim().split("\\s+")) {
            String normalised = CjkText.normalise(phrase);
            byFirstChar.computeIfAbsent(normalised.charAt(0), c -> new ArrayList<>()).add(new Entry(normalised, topics));
        }
    }

    /**
     * The longest phrase starting at {@code pos}, with any suffixes that follow it. A phrase followed by a
     * classification level ({@code 公务接待费(款)支出16万元}) names a functional or economic line, not the key figure,
     * and is returned as a blocker.
     */
    Optional<Match> matchAt(String text, int pos) {
        for (Entry entry : byFirstChar.getOrDefault(text.charAt(pos), List.of())) {
            if (text.startsWith(entry.phrase(), pos)) {
                int phraseEnd = pos + entry.phrase().length();
                Matcher level = CLASSIFICATION_LEVEL.matcher(text).region(phraseEnd, text.length());
                if (level.lookingAt()) {
                    Entry line = new Entry(entry.phrase(), List.of());
                    return Optional.of(new Match(line, phraseEnd, skipSuffixes(text, level.end())));
                }
                return Optional.of(new Match(entry, phraseEnd, skipSuffixes(text, phraseEnd)));
            }
        }
        return Optional.empty();
    }

    private int skipSuffixes(String text, int pos) {
        boolean consumed = true;
        while (consumed) {
            consumed = false;
            for (String suffix : suffixes) {
                if (text.startsWith(suffix, pos)) {
                    pos += suffix.length();
                    consumed = true;
                    break;
                }
            }
        }
        return pos;
    }
}

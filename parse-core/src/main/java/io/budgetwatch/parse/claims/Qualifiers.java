package io.budgetwatch.parse.claims;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.budgetwatch.events.KeyFigureNames;
import io.budgetwatch.events.Ordinals;

/**
 * Words before a subject, in its own clause, that narrow it below the department as a whole: {@code 对个人和家庭的补助
 * (303)…，其中：人员经费}, {@code 该项目…上年结转}, {@code 本单位上级专项转移支付支出预算}, {@code 下属单位…收入}; and
 * for figures measured over all funds a fund source ({@code 一般公共预算财政拨款支出预算} is not 支出总计). A clause that opens
 * with 其中 continues the one before it, whose subject it divides.
 */
final class Qualifiers {
    private static final Pattern ITEM = Pattern.compile("[(（]\\d{3,7}[)）]|项目|转移支付|专项|下属|所属|二级单位|结转|结余");
    private static final Pattern FUND_SOURCE = Pattern.compile("一般公共预算|政府性基金|国有资本经营|财政拨款|财政专户");
    /** A heading that is the name of an organisation: the section of one unit of the department. */
    private static final Pattern UNIT_HEADING = Pattern.compile(
            "[\\p{IsHan}（）()]{4,40}(分局|支队|大队|分院|中心|站|所|处|队|馆|学校|医院|局|院|委员会|办公室)(本级)?");
    private static final Pattern PROJECT_NAME = Pattern.compile("项目|专项");
    private static final Pattern OPENS_WITH_PART = Pattern.compile("其中|包括");
    /**
     * Topics measured over all of the department's funds: a fund source in front of them narrows them. (The “三公”
     * figures, 人员经费 and 公用经费 are 财政拨款 figures by definition, and the appropriation topics name their fund.)
     */
    private static final Set<String> ALL_FUNDS = Set.of(KeyFigureNames.INCOME_TOTAL, KeyFigureNames.EXPENDITURE_TOTAL,
            KeyFigureNames.BASIC_EXPENDITURE, KeyFigureNames.PROJECT_EXPENDITURE, KeyFigureNames.CURRENT_YEAR_INCOME,
            KeyFigureNames.CARRYOVER_INCOME);

    private Qualifiers() {
    }

    static Optional<String> of(String sentence, Mention mention, String topic) {
        int start = clauseStart(sentence, mention.start());
        int part = partsStart(sentence, mention.start());
        if (part >= 0) {
            // 其中：A，B，C — every listed part divides the subject the sentence names before 其中
            start = sentence.lastIndexOf('。', part) + 1;
        }
        int subjectEnd = mention.start() + mention.subject().length();
        if (PROJECT_NAME.matcher(sentence).region(subjectEnd, sentence.length()).lookingAt()) {
            // 采供血人员经费项目绩效自评：the subject is the name of a project, not the department's figure
            return Optional.of(mention.subject() + "项目");
        }
        String before = sentence.substring(start, mention.start());
        Matcher item = ITEM.matcher(before);
        if (item.find()) {
            return Optional.of(before.substring(item.start()).trim());
        }
        Matcher fund = FUND_SOURCE.matcher(before);
        if (ALL_FUNDS.contains(topic) && fund.find()) {
            return Optional.of(before.substring(fund.start()).trim());
        }
        return Optional.empty();
    }

    /**
     * What the headings a sentence stands under narrow it to: a unit of the department (十三、深圳市社会保险基金管理局
     * 龙华分局, in a compendium of units' budgets) for every topic; a fund source (三、财政拨款情况说明) for the topics
     * measured over all funds, so that there 基本支出 is the appropriation's.
     */
    static Optional<String> ofHeadings(List<String> headings, String topic) {
        for (String heading : headings) {
            if (UNIT_HEADING.matcher(Ordinals.strip(heading)).matches()
                    || ALL_FUNDS.contains(topic) && FUND_SOURCE.matcher(heading).find()) {
                return Optional.of(heading);
            }
        }
        return Optional.empty();
    }

    /** Where an enumeration of parts (其中, 包括) that runs up to {@code pos} opens, or -1. */
    private static int partsStart(String sentence, int pos) {
        int part = -1;
        // parts are listed across ；too (其中：人员经费…;公用经费…): only 。 closes the enumeration
        Matcher parts = OPENS_WITH_PART.matcher(sentence).region(sentence.lastIndexOf('。', pos - 1) + 1, pos);
        while (parts.find()) {
            part = parts.start();
        }
        return part;
    }

    private static int clauseStart(String sentence, int pos) {
        for (int i = pos - 1; i >= 0; i--) {
            if (Brackets.isClauseEnd(sentence.charAt(i))) {
                return i + 1;
            }
        }
        return 0;
    }
}

package io.budgetwatch.parse.claims;

import io.budgetwatch.events.Change;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text that follows one subject (its scope, with reason clauses and nested parts already blanked out)
 * into statements. Each figure is classified by the words just before it (its lead):
 * <ul>
 * <li>a direction word in the lead makes an amount the delta ({@code 比上年减少3.2万元});</li>
 * <li>a prior-year or original-budget qualifier right before it makes it a reference figure
 * ({@code 上年预算数为15.7万元}, {@code 年初预算为0.95万元}), stated separately under that qualifier;</li>
 * <li>占 / 完成 in the lead makes a percentage a share; otherwise a percentage after a change word is the change rate;</li>
 * <li>the first remaining amount is the value; later ones (examples, parts without a subject) are not claims.</li>
 * </ul>
 * A direction word counts only in a comparison (a delta, 上年, 比/较, a year, or 持平/无变化 themselves), so
 * {@code 提高财政资金效益} or {@code 与《收支预算总表》一致} state no change.
 */
final class ScopeReader {
    private static final Pattern REFERENCE = Pattern.compile("((?:上年|上一年)(?:预算|决算)?(?:执行数|数)?)[为是:：]?\\s*$");
    /** Beside a 决算 figure, 年初预算 is its reference; in a budget, 2026年年初预算数 is the budget itself. */
    private static final Pattern ORIGINAL_BUDGET = Pattern.compile("(年初(?:预算|决算)?(?:执行数|数)?)[为是:：]?\\s*$");
    private static final Pattern SHARE = Pattern.compile("占|完成");
    static final Pattern FINAL = Pattern.compile("决算");
    /** A lead naming the budget figure itself (预算为, 预算数为), not a budget that was completed (完成预算). */
    private static final Pattern BUDGETED = Pattern.compile("预算数?[为是:：]?\\s*$");
    /** A lead that names an item of its own (a classification code, an enumeration mark): not the subject's figure. */
    private static final Pattern ITEM_LEAD = Pattern.compile("[(（]\\d{3,7}[)）]|[①②③④⑤⑥⑦⑧⑨⑩]");
    private static final Pattern COMPARISON = Pattern.compile("上年|上一年|比|较|同比|\\d\\s*年");

    private final FigureScanner figures = new FigureScanner();

    /** {@code view} is the scope with excluded characters replaced by a separator. */
    /**
     * {@code finalAccount}: the sentence states a 决算 figure, so a 预算 one in this scope is its reference;
     * {@code subjectSuffix}: the words the subject ran on with (“三公”经费<em>财政拨款支出预算为</em>), which lead its
     * first figure.
     */
    List<Statement> read(String view, boolean finalAccount, String subjectSuffix) {
        Tally tally = new Tally(finalAccount);
        int leadStart = 0;
        for (Figure figure : figures.scan(view)) {
            String lead = view.substring(leadStart, figure.start());
            tally.add(figure, leadStart == 0 ? subjectSuffix + lead : lead, view.substring(0, figure.start()));
            leadStart = figure.end();
        }
        boolean comparative = tally.delta != null || tally.changeRate != null || COMPARISON.matcher(view).find()
                || ChangeWords.selfComparative(view);
        Change stated = comparative ? ChangeWords.first(view).orElse(null) : null;
        return tally.statements(stated);
    }

    /** The figures of one scope, by role. */
    private static final class Tally {
        /** The scope states a 决算 figure: a 预算 figure beside it is what the 决算 is measured against. */
        private final boolean finalAccount;
        private Figure value;
        private Figure delta;
        private Figure changeRate;
        private Figure share;
        /** The direction printed with the rate itself, which may contradict the delta's (增加2万元，下降16.7%). */
        private Change rateChange;
        private final List<Statement> references = new ArrayList<>();

        Tally(boolean finalAccount) {
            this.finalAccount = finalAccount;
        }

        void add(Figure figure, String lead, String before) {
            if (figure.isPercent()) {
                boolean afterChange = ChangeWords.directional(before) || ChangeWords.first(before).isPresent();
                if (SHARE.matcher(lead).find() || !afterChange) {
                    share = share == null ? figure : share;
                } else if (changeRate == null) {
                    changeRate = figure;
                    rateChange = ChangeWords.first(lead).orElse(null);
                }
                return;
            }
            String reference = referenceOf(lead);
            if (finalAccount && BUDGETED.matcher(lead).find() && reference == null) {
                // 支出预算为76.43万元，支出决算为46.21万元: beside a 决算 figure, the 预算 one is the reference
                references.add(new Statement("预算数", figure.value(), figure.unit(), null, null, null));
                return;
            }
            if (ITEM_LEAD.matcher(lead).find()) {
                return; // 人员经费：①行政运行(2013201)1641.18万元 — the amount of an item the subject lists
            }
            if (ChangeWords.directional(lead)) {
                delta = delta == null ? figure : delta;
            } else if (ChangeWords.first(lead).isEmpty() && reference != null) {
                references.add(new Statement(reference, figure.value(), figure.unit(), null, null, null));
            } else if (value == null) {
                value = figure;
            }
        }

        /** The reference words ending {@code lead} (上年预算数为; 年初预算 only beside a 决算), or null. */
        private String referenceOf(String lead) {
            Matcher previous = REFERENCE.matcher(lead);
            if (previous.find()) {
                return previous.group(1);
            }
            Matcher original = ORIGINAL_BUDGET.matcher(lead);
            return finalAccount && original.find() ? original.group(1) : null;
        }

        List<Statement> statements(Change stated) {
            List<Statement> statements = new ArrayList<>();
            Figure main = value != null ? value : delta;
            if (main != null || stated != null || share != null) {
                boolean sameUnit = value == null || delta == null || value.unit().equals(delta.unit());
                boolean rateContradicts = rateChange != null && stated != null && rateChange != stated;
                // One percent field: the change rate when a direction is stated, else the share (see ClaimExtractor);
                // the rate of an unfilled 增长(减少) template has no direction and is dropped.
                Figure percent = stated == null ? share : rateContradicts ? null : changeRate;
                statements.add(new Statement(null, text(value), main == null ? null : main.unit(), stated,
                        sameUnit ? text(delta) : null, text(percent)));
                if (rateContradicts) {
                    statements.add(new Statement(null, text(value), value == null ? null : value.unit(), rateChange,
                            null, changeRate.value()));
                }
                if (!sameUnit) {
                    statements.add(new Statement(null, null, delta.unit(), stated, delta.value(), null));
                }
                if (share != null && percent != share) {
                    statements.add(new Statement(null, text(value), value == null ? null : value.unit(), null, null,
                            share.value()));
                }
            }
            statements.addAll(references);
            return statements;
        }

        private static String text(Figure figure) {
            return figure == null ? null : figure.value();
        }
    }
}

package io.budgetwatch.parse.claims;

import io.budgetwatch.events.Claim;
import io.budgetwatch.parse.PageText;

import java.util.ArrayList;
import java.util.List;

/**
 * Extracts the claims of a disclosure's explanatory text (情况说明): every amount, percentage and year-over-year
 * change the prose states about a key figure ({@link io.budgetwatch.events.KeyFigureNames}).
 *
 * <p>Conventions of the {@link Claim}s produced, in document order:
 * <ul>
 * <li>{@code subject} is the phrase as printed (after {@code CjkText} normalisation, so brackets are ASCII:
 * {@code 因公出国(境)费}); {@code sentence} is the whole sentence, joined across line and page breaks;
 * {@code page} is the page the subject is printed on.</li>
 * <li>{@code value} and {@code delta} are the numbers as printed without thousands separators, in {@code unit}
 * (万元, 元 or 亿元). A negative number is kept as printed ({@code 减少-3.2万元} gives DECREASE with delta
 * {@code -3.2}): the rules decide whether that is a mistake. If value and delta are printed in different units,
 * the delta is a separate claim with its own unit and no value.</li>
 * <li>{@code change} is the stated direction (增加/增长/上升 · 减少/下降/降低 · 持平/无变化/一致/相同), with or without
 * a number, when it is a comparison (with a delta, 上年, 比/较, a year, or 持平/无变化 themselves); a direction given
 * as a reason ({@code 主要原因是人员经费比上年增加}) is not a claim. An unfilled template pair ({@code 增加（减少）0万元})
 * keeps its delta with a null change. A rate whose own word contradicts the delta's ({@code 增加2万元，下降16.7%})
 * is a second claim with that direction and the rate, so the rules see the contradiction.</li>
 * <li>{@code percent}, without %, is the change rate when {@code change} is set, and a share when {@code change} is
 * null ({@code 基本支出695.17万元，占总支出1.55%}, {@code 完成预算的0%}). When a sentence states both for one subject,
 * the share is a second claim with the same value, no change and no delta.</li>
 * <li>A prior-year or original-budget figure ({@code 上年预算数为15.7万元}, {@code 年初预算为0.95万元}) is a separate claim
 * whose subject is that qualifier as printed ({@code 上年预算数}, {@code 年初预算}), with no change: it is not this year's
 * value. Likewise a subject introduced by an earlier year than the sentence's latest one keeps that year in its subject
 * ({@code 2016 年度部门支出预算}). So a claim is about this year's figure exactly when its subject starts neither with
 * 上年/上一年/年初 nor with a year.</li>
 * <li>A line of the functional or economic classification ({@code 公务接待费（款）支出16万元}) is not the key figure of the
 * same name and yields no claim about it; a 项 of the functional classification named with its 款
 * ({@code 人大事务（款）行政运行（项）支出7448.2万元}) or a whole 类 is a claim on {@code classificationItem}
 * ({@link ItemStatements}), and so is each item of a 决算's item-by-item explanation ({@link FinalAccountItems}).</li>
 * <li>A phrase covering two figures ({@code 预算收支安排}, {@code 收支总计}) yields one claim per topic.</li>
 * <li>Each sentence stands alone: a value stated in one sentence and its change in the next are two claims.</li>
 * </ul>
 * The reader passes only the text outside ruled grids. Unruled table pages may still be part of the input: table
 * rows have no units next to their numbers and end sentences, so they yield no claims.
 */
public final class ClaimExtractor {
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final SentenceAnalyzer analyzer = new SentenceAnalyzer(new TopicLexicon());

    /** {@code pages} are normalised with {@code CjkText.normalise}, in page order. */
    public List<Claim> extract(List<PageText> pages) {
        List<Sentence> sentences = splitter.split(pages);
        List<List<Claim>> finalItems = FinalAccountItems.of(sentences);
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            claims.addAll(analyzer.analyse(sentences.get(i)));
            claims.addAll(ItemStatements.of(sentences.get(i)));
            claims.addAll(finalItems.get(i));
        }
        return List.copyOf(claims);
    }
}

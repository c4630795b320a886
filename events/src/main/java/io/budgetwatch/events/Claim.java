package io.budgetwatch.events;

/**
 * A figure stated in the explanatory text. {@code topic} names what it is about (a canonical key-figure name such
 * as {@code threePublicReception}); {@code value}, {@code delta} are amounts as printed in {@code unit};
 * {@code percent} as printed without the % sign; any may be null when the sentence does not state it.
 * {@code qualifier} (schema version 2) is the printed words that narrow the subject below the department as a whole
 * — a classification code {@code (303)}, a project, a transfer, a subordinate unit, a fund source of a total — or null
 * when the figure is the department's: a qualified figure is never compared with a department-level one.
 * A claim on {@link #CLASSIFICATION_ITEM} (schema version 5) is about one line of the functional classification the
 * text names by its 类/款/项 ({@code 人大事务（款）行政运行（项）支出7448.2万元}): {@code subject} is the names from the
 * 类 (when stated) down to the 项, joined by {@code /}, and {@code qualifier} is {@link #ITEM}. Since schema version 6
 * the qualifier of such a claim also says which figure of the line it is: {@link #CLASS} for a whole 类 (subject: its
 * name); in a 决算's item-by-item explanation ({@code 年初预算为1560.05万元，支出决算为1511.89万元。决算数小于预算数}),
 * {@link #FINAL} for the 决算数, whose {@code change} is the stated comparison with the 年初预算 (大于 INCREASE, 小于
 * DECREASE, 持平 FLAT) and whose {@code percent} the stated 完成年初预算的…%, and {@link #ORIGINAL_BUDGET} for the
 * 年初预算 stated beside it.
 */
public record Claim(String topic, String subject, String value, String unit, Change change, String delta,
        String percent, int page, String sentence, String qualifier) {

    public static final String CLASSIFICATION_ITEM = "classificationItem";
    /** Qualifiers of {@link #CLASSIFICATION_ITEM} claims: a 项's figure of the year (with its change on last year). */
    public static final String ITEM = "项";
    /** A whole 类's figure of the year. */
    public static final String CLASS = "类";
    /** A 项's 决算数, compared with its 年初预算. */
    public static final String FINAL = "决算";
    /** A 项's 年初预算 as a 决算 states it. */
    public static final String ORIGINAL_BUDGET = "年初预算";

    /** A department-level claim (no qualifier). */
    public Claim(String topic, String subject, String value, String unit, Change change, String delta,
            String percent, int page, String sentence) {
        this(topic, subject, value, unit, change, delta, percent, page, sentence, null);
    }

    public Amount valueAmount() {
        return value == null ? null : new Amount(value, unit);
    }

    public Amount deltaAmount() {
        return delta == null ? null : new Amount(delta, unit);
    }
}

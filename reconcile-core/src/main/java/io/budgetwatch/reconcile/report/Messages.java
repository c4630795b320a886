package io.budgetwatch.reconcile.report;

import io.budgetwatch.events.Evidence;
import io.budgetwatch.reconcile.tolerance.Tolerance;
import io.budgetwatch.reconcile.tolerance.Interval;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** The Chinese wording of arithmetic findings: both numbers, the difference and the tolerance, and the pages. */
public final class Messages {
    private Messages() {
    }

    /**
     * e.g. {@code 部门预算收支总表：收入总计 1469.55 万元 ≠ 支出总计 1469.65 万元，差额 -0.10 万元，超出容差 0.01 万元（第4页）}.
     */
    public static String mismatch(String context, String actualLabel, String relation, String expectedLabel,
            Tolerance.Check check, String unit, int decimals, List<Evidence> evidence) {
        return context + "：" + actualLabel + " " + Money.format(check.actual(), unit, decimals) + " " + relation + " "
                + expectedLabel + " " + Money.format(check.expected(), unit, decimals) + "，差额 "
                + Money.format(check.difference(), unit, decimals) + "，超出容差 "
                + Money.format(check.tolerance(), unit, 0) + pages(evidence);
    }

    /**
     * e.g. {@code 情况说明：基本支出 921.33 万元 ≠ 一般公共预算财政拨款支出表 合计 921.324552 万元，末位不一致（差额 0.005448 万元，
     * 舍入不当）（第5页）}: the same figure printed twice, one unit of the coarser last digit apart.
     */
    public static String roundingSlip(String context, String actualLabel, String expectedLabel, Tolerance.Check check,
            String unit, int decimals, List<Evidence> evidence) {
        return context + "：" + actualLabel + " " + Money.format(check.actual(), unit, decimals) + " ≠ " + expectedLabel
                + " " + Money.format(check.expected(), unit, decimals) + "，末位不一致（差额 "
                + Money.format(check.difference(), unit, decimals) + "，舍入不当）" + pages(evidence);
    }

    /** A fraction as a percentage with up to four decimals, e.g. 0.0154486 → "1.5449%". */
    public static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString()
                + "%";
    }

    /** The ratio of the printed figures (interval midpoints) as a percentage: what a reader would compute. */
    public static String ratio(Interval numerator, Interval denominator) {
        return percent(numerator.midpoint().divide(denominator.midpoint(), MathContext.DECIMAL64));
    }

    /** "（第4、18页）", or "" when no page is known. */
    public static String pages(List<Evidence> evidence) {
        String pages = evidence.stream().map(Evidence::page).filter(Objects::nonNull).distinct().sorted()
                .map(String::valueOf).collect(Collectors.joining("、"));
        return pages.isEmpty() ? "" : "（第" + pages + "页）";
    }
}

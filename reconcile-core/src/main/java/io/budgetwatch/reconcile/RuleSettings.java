package io.budgetwatch.reconcile;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Tunable judgement, kept out of the arithmetic (which follows printed precision only).
 *
 * @param threePublicSwingRatio a “三公” item whose change against last year exceeds this share of last year's amount
 *                              is reported (warning); 0.30 = ±30 %
 * @param assetToBudgetRatio    an asset figure above this multiple of the whole year's budget is reported as a
 *                              probable unit slip (元 printed as 万元)
 */
public record RuleSettings(BigDecimal threePublicSwingRatio, BigDecimal assetToBudgetRatio) {
    public RuleSettings {
        Objects.requireNonNull(threePublicSwingRatio, "threePublicSwingRatio");
        Objects.requireNonNull(assetToBudgetRatio, "assetToBudgetRatio");
        if (threePublicSwingRatio.signum() <= 0 || assetToBudgetRatio.signum() <= 0) {
            throw new IllegalArgumentException("ratios must be positive");
        }
    }

    public static RuleSettings defaults() {
        return new RuleSettings(new BigDecimal("0.30"), new BigDecimal("100"));
    }
}

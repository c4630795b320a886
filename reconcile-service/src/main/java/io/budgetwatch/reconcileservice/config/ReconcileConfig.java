package io.budgetwatch.reconcileservice.config;

import java.math.BigDecimal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "budgetwatch.reconcile")
public interface ReconcileConfig {
    /** A “三公” item changing by more than this ratio year over year is reported (warning). */
    @WithDefault("0.30")
    BigDecimal threePublicSwingRatio();

    /** An asset figure above this multiple of the whole budget is reported as a likely unit slip. */
    @WithDefault("100")
    BigDecimal assetToBudgetRatio();

    @WithDefault("/budgetwatch/reconcile-service")
    String eventSource();
}

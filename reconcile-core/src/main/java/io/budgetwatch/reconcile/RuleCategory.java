package io.budgetwatch.reconcile;

/** Rule families; {@link #wireName()} is the {@code category} of a finding. */
public enum RuleCategory {
    BALANCE("balance"),
    CROSS_TABLE("cross_table"),
    THREE_PUBLIC("three_public"),
    NARRATIVE("narrative"),
    YEAR_OVER_YEAR("year_over_year"),
    COMPLETENESS("completeness"),
    PLAUSIBILITY("plausibility");

    private final String wireName;

    RuleCategory(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}

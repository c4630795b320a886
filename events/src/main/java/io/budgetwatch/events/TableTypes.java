package io.budgetwatch.events;

import java.util.List;

/** Canonical table types of DESIGN.md. */
public final class TableTypes {
    public static final String INCOME_EXPENDITURE_SUMMARY = "income_expenditure_summary";
    public static final String INCOME_SUMMARY = "income_summary";
    public static final String EXPENDITURE_SUMMARY = "expenditure_summary";
    public static final String FISCAL_APPROPRIATION_SUMMARY = "fiscal_appropriation_summary";
    public static final String GENERAL_BUDGET_EXPENDITURE = "general_budget_expenditure";
    public static final String GENERAL_BUDGET_BASIC_EXPENDITURE = "general_budget_basic_expenditure";
    public static final String GOVERNMENT_FUND_EXPENDITURE = "government_fund_expenditure";
    public static final String STATE_CAPITAL_EXPENDITURE = "state_capital_expenditure";
    public static final String THREE_PUBLIC_EXPENDITURE = "three_public_expenditure";
    public static final String PROJECT_EXPENDITURE = "project_expenditure";
    public static final String OPERATING_COSTS = "operating_costs";
    public static final String PROCUREMENT = "procurement";
    public static final String PERFORMANCE_TARGETS = "performance_targets";
    public static final String ASSETS = "assets";
    public static final String OTHER = "other";

    /** The tables every budget disclosure must carry (present, or declared empty). */
    public static final List<String> STANDARD = List.of(INCOME_EXPENDITURE_SUMMARY, INCOME_SUMMARY,
            EXPENDITURE_SUMMARY, FISCAL_APPROPRIATION_SUMMARY, GENERAL_BUDGET_EXPENDITURE,
            GENERAL_BUDGET_BASIC_EXPENDITURE, GOVERNMENT_FUND_EXPENDITURE, STATE_CAPITAL_EXPENDITURE,
            THREE_PUBLIC_EXPENDITURE);

    private TableTypes() {
    }
}

package io.budgetwatch.events;

import java.util.List;

/** Canonical key-figure names of DESIGN.md; also the topics of {@link Claim}s and the row codes of the “三公” table. */
public final class KeyFigureNames {
    public static final String INCOME_TOTAL = "incomeTotal";
    public static final String EXPENDITURE_TOTAL = "expenditureTotal";
    public static final String CURRENT_YEAR_INCOME = "currentYearIncome";
    public static final String CARRYOVER_INCOME = "carryoverIncome";
    public static final String GENERAL_BUDGET_APPROPRIATION = "generalBudgetAppropriation";
    public static final String GOVERNMENT_FUND_APPROPRIATION = "governmentFundAppropriation";
    public static final String BASIC_EXPENDITURE = "basicExpenditure";
    public static final String PROJECT_EXPENDITURE = "projectExpenditure";
    public static final String PERSONNEL_EXPENDITURE = "personnelExpenditure";
    public static final String PUBLIC_OPERATING_EXPENDITURE = "publicOperatingExpenditure";
    public static final String THREE_PUBLIC_TOTAL = "threePublicTotal";
    public static final String THREE_PUBLIC_OVERSEAS = "threePublicOverseas";
    public static final String THREE_PUBLIC_VEHICLE_TOTAL = "threePublicVehicleTotal";
    public static final String THREE_PUBLIC_VEHICLE_PURCHASE = "threePublicVehiclePurchase";
    public static final String THREE_PUBLIC_VEHICLE_OPERATION = "threePublicVehicleOperation";
    public static final String THREE_PUBLIC_RECEPTION = "threePublicReception";
    public static final String ORGAN_OPERATING_COSTS = "organOperatingCosts";

    public static final List<String> ALL = List.of(INCOME_TOTAL, EXPENDITURE_TOTAL, CURRENT_YEAR_INCOME,
            CARRYOVER_INCOME, GENERAL_BUDGET_APPROPRIATION, GOVERNMENT_FUND_APPROPRIATION, BASIC_EXPENDITURE,
            PROJECT_EXPENDITURE, PERSONNEL_EXPENDITURE, PUBLIC_OPERATING_EXPENDITURE, THREE_PUBLIC_TOTAL,
            THREE_PUBLIC_OVERSEAS, THREE_PUBLIC_VEHICLE_TOTAL, THREE_PUBLIC_VEHICLE_PURCHASE,
            THREE_PUBLIC_VEHICLE_OPERATION, THREE_PUBLIC_RECEPTION, ORGAN_OPERATING_COSTS);

    private KeyFigureNames() {
    }
}

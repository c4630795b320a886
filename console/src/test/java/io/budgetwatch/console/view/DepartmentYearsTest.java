package io.budgetwatch.console.view;

import static io.budgetwatch.console.view.Reports.SCIENCE;
import static io.budgetwatch.console.view.Reports.finding;
import static io.budgetwatch.console.view.Reports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.budgetwatch.events.DisclosureKind;
import io.budgetwatch.events.DisclosureParsed;
import io.budgetwatch.events.KeyFigure;
import io.budgetwatch.events.KeyFigureNames;
import io.budgetwatch.events.ReconciliationReport;
import io.budgetwatch.events.Severity;

class DepartmentYearsTest {
    @Test
    void keyFiguresAndTheThreePublicItemsStandYearByYearAsPrinted() {
        ReconciliationReport previous = report("y22", SCIENCE, 2022, DisclosureKind.BUDGET);
        ReconciliationReport current = report("y23", SCIENCE, 2023, DisclosureKind.BUDGET,
                finding("YOY-002", Severity.WARNING), finding("BAL-003", Severity.CRITICAL));
        Map<String, DisclosureParsed> parsed = Map.of(
                "y22", disclosure("y22", 2022, figures("12.50", "3.00")),
                "y23", disclosure("y23", 2023, figures("13.00", "4.20")));

        DepartmentYears years = DepartmentYears.of(SCIENCE.key(), List.of(current, previous),
                id -> Optional.ofNullable(parsed.get(id)));

        DepartmentYears.KindYears budget = years.kinds().get(0);
        assertEquals("预算", budget.kind());
        assertEquals(List.of(2022, 2023), budget.years());
        assertEquals(new DepartmentYears.FigureRow("“三公”经费合计", List.of("12.50 万元", "13.00 万元")),
                budget.figures().stream().filter(f -> f.name().equals("“三公”经费合计")).findFirst().orElseThrow());
        SvgChart.Line total = budget.threePublic().lines().get(0);
        assertEquals("“三公”经费合计", total.name());
        assertEquals(2, total.dots().size());
        assertTrue(total.dots().get(1).title().contains("2023年：13.00 万元"), total.dots().get(1).title());
        assertTrue(Double.parseDouble(total.dots().get(1).y()) < Double.parseDouble(total.dots().get(0).y()),
                "the larger 2023 total is drawn higher");
        assertEquals(List.of("YOY-002"), years.yearOverYear().stream().map(DepartmentYears.YearFinding::ruleId)
                .toList(), "only the year-over-year findings");
    }

    private static Map<String, KeyFigure> figures(String total, String reception) {
        Map<String, KeyFigure> figures = new LinkedHashMap<>();
        figures.put(KeyFigureNames.THREE_PUBLIC_TOTAL, new KeyFigure(total, "万元", 20, "three_public_expenditure",
                KeyFigureNames.THREE_PUBLIC_TOTAL, "amount", null));
        figures.put(KeyFigureNames.THREE_PUBLIC_RECEPTION, new KeyFigure(reception, "万元", 20,
                "three_public_expenditure", KeyFigureNames.THREE_PUBLIC_RECEPTION, "amount", null));
        return figures;
    }

    private static DisclosureParsed disclosure(String id, int year, Map<String, KeyFigure> figures) {
        return new DisclosureParsed(3, "e-" + id, id, "p1", null, SCIENCE, year, DisclosureKind.BUDGET, null, "万元", 20,
                List.of(), figures, List.of(), null, Instant.EPOCH);
    }
}

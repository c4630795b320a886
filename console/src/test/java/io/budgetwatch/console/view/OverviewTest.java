package io.budgetwatch.console.view;

import static io.budgetwatch.console.view.Reports.PUTUO;
import static io.budgetwatch.console.view.Reports.SCIENCE;
import static io.budgetwatch.console.view.Reports.finding;
import static io.budgetwatch.console.view.Reports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.budgetwatch.console.api.Ingest;
import io.budgetwatch.events.DisclosureKind;
import io.budgetwatch.events.ReconciliationReport;
import io.budgetwatch.events.Severity;

class OverviewTest {
    private static final ReconciliationReport SCIENCE_2023 = report("a", SCIENCE, 2023, DisclosureKind.BUDGET,
            finding("BAL-003", Severity.CRITICAL), finding("CMP-004", Severity.WARNING));
    private static final ReconciliationReport SCIENCE_2022_FINAL = report("b", SCIENCE, 2022,
            DisclosureKind.FINAL_ACCOUNT, finding("CMP-002", Severity.INFO));
    private static final ReconciliationReport PUTUO_2025 = report("c", PUTUO, 2025, DisclosureKind.BUDGET);
    private static final List<ReconciliationReport> CURRENT = List.of(PUTUO_2025, SCIENCE_2023, SCIENCE_2022_FINAL);

    @Test
    void everyDepartmentHasACellPerYearWithItsDocumentsStateAndCriticalOnesComeFirst() {
        Overview overview = Overview.of(CURRENT, Set.of("a", "b", "c"), List.of(), filter("", "", "", ""));

        assertEquals(List.of(2025, 2023, 2022), overview.years(), "newest year first");
        assertEquals(List.of("石家庄市科学技术局", "上海市普陀区人民政府办公室"),
                overview.rows().stream().map(Overview.Department::name).toList(), "the critical department first");
        Overview.Department science = overview.rows().get(0);
        assertTrue(science.cells().get(0).unpublished(), "no 2025 document: not yet published");
        DocumentState budget = science.cells().get(1).documents().get(0);
        assertEquals("critical", budget.level());
        assertEquals("严重 1 · 警告 1", budget.summary());
        DocumentState finalAccount = science.cells().get(2).documents().get(0);
        assertEquals("incomplete", finalAccount.level(), "only CMP-002: a table was not read, so not clean");
        assertEquals("读取不完整", finalAccount.summary());
        assertEquals("clean", overview.rows().get(1).cells().get(0).documents().get(0).level());
        assertEquals(new Overview.Totals(3, 1, 0, 1, 1), overview.totals());
    }

    @Test
    void filtersNarrowByRegionKindSeverityAndName() {
        assertEquals(List.of("上海市普陀区人民政府办公室"), names(filter("上海市普陀区", "", "", "")));
        assertEquals(List.of("石家庄市科学技术局"), names(filter("", "", "critical", "")));
        assertEquals(List.of("石家庄市科学技术局"), names(filter("", "", "", "科学技术")));
        Overview finalAccounts = Overview.of(CURRENT, Set.of(), List.of(), filter("", "final_account", "", ""));
        assertEquals(List.of("石家庄市科学技术局"), finalAccounts.rows().stream().map(Overview.Department::name).toList(),
                "a department without final accounts drops out");
        assertTrue(finalAccounts.rows().get(0).cells().stream().filter(c -> c.year() == 2023).findFirst()
                .orElseThrow().unpublished(), "its budget is not shown under 决算");
        assertEquals(List.of("上海市普陀区", "河北省石家庄市"), finalAccounts.regions(), "every region stays selectable");
    }

    @Test
    void storedDocumentsWithoutAnyReportAreListedAsUnchecked() {
        Ingest.Document pending = new Ingest.Document("d", "portal", "http://portal/d.pdf", "d.pdf", "某局2024年预算",
                10, Instant.EPOCH, true, null, null);
        Ingest.Document superseded = new Ingest.Document("old", "portal", "http://portal/o.pdf", "o.pdf", null, 10,
                Instant.EPOCH, true, null, null);
        Overview overview = Overview.of(CURRENT, Set.of("a", "b", "c", "old"), List.of(pending, superseded),
                filter("", "", "", ""));
        assertEquals(List.of(pending), overview.unchecked(), "a superseded document has a report: not unchecked");
    }

    private static List<String> names(OverviewFilter filter) {
        return Overview.of(CURRENT, Set.of(), List.of(), filter).rows().stream().map(Overview.Department::name)
                .toList();
    }

    private static OverviewFilter filter(String region, String kind, String severity, String q) {
        return new OverviewFilter(region, kind, severity, q);
    }
}

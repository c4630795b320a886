package io.budgetwatch.console.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.budgetwatch.console.api.Ingest;
import io.budgetwatch.events.ReconciliationReport;

/**
 * Departments × years: in each cell the state of every current document of that department and year (several
 * when budget and final accounts, or the two halves of one disclosure, are both published); an empty cell is a
 * year the department has not published (yet). Departments with critical findings first, then by name.
 *
 * @param regions every region seen, for the filter (not only the filtered ones)
 * @param unchecked stored documents without a report: being read, or unreadable (dead-lettered)
 */
public record Overview(OverviewFilter filter, List<String> regions, List<Integer> years, List<Department> rows,
        List<Ingest.Document> unchecked, Totals totals) {

    public record Department(String key, String name, String region, List<YearCell> cells, int critical) {
        public String href() {
            return DepartmentYears.href(key);
        }
    }

    public record YearCell(int year, List<DocumentState> documents) {
        public boolean unpublished() {
            return documents.isEmpty();
        }
    }

    /** What the filtered grid holds: documents by state. */
    public record Totals(int documents, int critical, int warning, int incomplete, int clean) {
    }

    /**
     * @param current the current reports (newest first, as reconcile-service lists them)
     * @param reported the ids of every document with a report, superseded ones included
     */
    public static Overview of(List<ReconciliationReport> current, Set<String> reported, List<Ingest.Document> stored,
            OverviewFilter filter) {
        List<String> regions = current.stream().map(r -> r.department().region()).filter(Objects::nonNull)
                .distinct().sorted().toList();
        Map<String, List<ReconciliationReport>> byDepartment = new TreeMap<>();
        for (ReconciliationReport report : current) {
            if (filter.admitsDepartment(report) && report.year() != null) {
                byDepartment.computeIfAbsent(report.departmentKey(), k -> new ArrayList<>()).add(report);
            }
        }
        TreeSet<Integer> years = byDepartment.values().stream().flatMap(List::stream)
                .map(ReconciliationReport::year).collect(Collectors.toCollection(TreeSet::new));
        List<Integer> columns = List.copyOf(years.descendingSet());
        List<Department> rows = new ArrayList<>();
        for (List<ReconciliationReport> reports : byDepartment.values()) {
            department(reports, columns, filter).ifPresent(rows::add);
        }
        rows.sort(Comparator.comparing((Department d) -> d.critical() == 0).thenComparing(Department::name));
        List<Ingest.Document> unchecked = stored.stream().filter(d -> !reported.contains(d.id())).toList();
        return new Overview(filter, regions, columns, rows, unchecked, totals(rows));
    }

    private static Optional<Department> department(List<ReconciliationReport> reports,
            List<Integer> years, OverviewFilter filter) {
        Map<Integer, List<DocumentState>> byYear = new LinkedHashMap<>();
        for (ReconciliationReport report : reports) {
            DocumentState state = DocumentState.of(report);
            if (filter.admitsDocument(report, state)) {
                byYear.computeIfAbsent(report.year(), y -> new ArrayList<>()).add(state);
            }
        }
        if (byYear.isEmpty() && (filter.bySeverity() || !filter.kind().isEmpty())) {
            return Optional.empty();
        }
        List<YearCell> cells = years.stream()
                .map(y -> new YearCell(y, byYear.getOrDefault(y, List.of()).stream()
                        .sorted(Comparator.comparing(DocumentState::kind)).toList()))
                .toList();
        ReconciliationReport newest = reports.get(0);
        int critical = byYear.values().stream().flatMap(List::stream).mapToInt(DocumentState::critical).sum();
        return Optional.of(new Department(newest.departmentKey(), OverviewFilter.nameOf(newest),
                newest.department().region(), cells, critical));
    }

    private static Totals totals(List<Department> rows) {
        List<DocumentState> all = rows.stream().flatMap(d -> d.cells().stream())
                .flatMap(c -> c.documents().stream()).toList();
        return new Totals(all.size(), count(all, "critical"), count(all, "warning"), count(all, "incomplete"),
                count(all, "clean"));
    }

    private static int count(List<DocumentState> states, String level) {
        return (int) states.stream().filter(s -> s.level().equals(level)).count();
    }
}

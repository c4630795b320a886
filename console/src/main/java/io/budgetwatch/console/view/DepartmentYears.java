package io.budgetwatch.console.view;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import io.budgetwatch.events.DisclosureKind;
import io.budgetwatch.events.DisclosureParsed;
import io.budgetwatch.events.Finding;
import io.budgetwatch.events.KeyFigure;
import io.budgetwatch.events.KeyFigureNames;
import io.budgetwatch.events.ReconciliationReport;
import io.budgetwatch.events.ChineseNames;

/**
 * A department over the years, per kind (预算, 决算): its key figures as printed, year by year, the “三公” items as
 * a chart, its documents' states and the year-over-year findings.
 */
public record DepartmentYears(String key, String name, String region, List<KindYears> kinds,
        List<YearFinding> yearOverYear) {

    /** The “三公” items charted, the total first. */
    static final List<String> THREE_PUBLIC = List.of(KeyFigureNames.THREE_PUBLIC_TOTAL,
            KeyFigureNames.THREE_PUBLIC_OVERSEAS, KeyFigureNames.THREE_PUBLIC_VEHICLE_TOTAL,
            KeyFigureNames.THREE_PUBLIC_RECEPTION);
    /** The year-over-year rules' prefix (YOY-001 …). */
    static final String YEAR_OVER_YEAR_RULES = "YOY-";

    public record KindYears(String kind, List<Integer> years, List<DocumentState> documents,
            List<FigureRow> figures, SvgChart threePublic) {
    }

    /** One key figure across the years: each year's value as printed with its unit, blank where not read. */
    public record FigureRow(String name, List<String> values) {
    }

    public record YearFinding(int year, String kind, String documentId, String fingerprint, String severity,
            String ruleId, String message) {
    }

    /** The department's page. */
    public static String href(String key) {
        return "/departments?key=" + URLEncoder.encode(key, StandardCharsets.UTF_8);
    }

    /**
     * @param reports the department's current reports
     * @param disclosure the parsed disclosure of a document, when reconcile-service has it
     */
    public static DepartmentYears of(String key, List<ReconciliationReport> reports,
            Function<String, Optional<DisclosureParsed>> disclosure) {
        Map<DisclosureKind, TreeMap<Integer, List<ReconciliationReport>>> byKind = new TreeMap<>();
        for (ReconciliationReport report : reports) {
            if (report.kind() != null && report.year() != null) {
                byKind.computeIfAbsent(report.kind(), k -> new TreeMap<>())
                        .computeIfAbsent(report.year(), y -> new ArrayList<>()).add(report);
            }
        }
        List<KindYears> kinds = new ArrayList<>();
        byKind.forEach((kind, years) -> kinds.add(kindYears(kind, years, disclosure)));
        List<YearFinding> yearOverYear = reports.stream()
                .flatMap(r -> r.findings().stream().filter(f -> f.ruleId().startsWith(YEAR_OVER_YEAR_RULES))
                        .map(f -> yearFinding(r, f)))
                .sorted(Comparator.comparing(YearFinding::year).reversed()).toList();
        ReconciliationReport any = reports.get(0);
        return new DepartmentYears(key, OverviewFilter.nameOf(any), any.department().region(), kinds, yearOverYear);
    }

    private static KindYears kindYears(DisclosureKind kind, TreeMap<Integer, List<ReconciliationReport>> years,
            Function<String, Optional<DisclosureParsed>> disclosure) {
        List<Integer> columns = List.copyOf(years.keySet());
        Map<Integer, Map<String, KeyFigure>> figures = new LinkedHashMap<>();
        List<DocumentState> documents = new ArrayList<>();
        years.forEach((year, reports) -> {
            Map<String, KeyFigure> merged = new LinkedHashMap<>();
            for (ReconciliationReport report : reports) {
                documents.add(DocumentState.of(report));
                // the two halves of one disclosure each print some figures: the first one read wins
                disclosure.apply(report.documentId()).map(DisclosureParsed::keyFigures)
                        .ifPresent(read -> read.forEach(merged::putIfAbsent));
            }
            figures.put(year, merged);
        });
        List<FigureRow> rows = new ArrayList<>();
        for (String name : KeyFigureNames.ALL) {
            List<String> values = columns.stream().map(y -> printed(figures.get(y).get(name))).toList();
            if (values.stream().anyMatch(v -> !v.isEmpty())) {
                rows.add(new FigureRow(ChineseNames.figure(name), values));
            }
        }
        List<SvgChart.Series> series = THREE_PUBLIC.stream().map(name -> new SvgChart.Series(ChineseNames.figure(name),
                columns.stream().map(y -> tenThousandYuan(figures.get(y).get(name))).toList())).toList();
        return new KindYears(Labels.kind(kind), columns, documents, rows,
                SvgChart.of(columns.stream().map(String::valueOf).toList(), series, "万元"));
    }

    private static YearFinding yearFinding(ReconciliationReport report, Finding finding) {
        return new YearFinding(report.year(), Labels.kind(report.kind()), report.documentId(), finding.fingerprint(),
                finding.severity().name().toLowerCase(Locale.ROOT), finding.ruleId(), finding.message());
    }

    private static String printed(KeyFigure figure) {
        return figure == null ? "" : figure.value() + (figure.unit() == null ? "" : " " + figure.unit());
    }

    /** The figure in 万元 (the unit disclosures print 三公 in), null where not read. */
    private static BigDecimal tenThousandYuan(KeyFigure figure) {
        return figure == null ? null
                : figure.amount().toYuan().divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP);
    }
}

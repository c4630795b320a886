package io.budgetwatch.console.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.budgetwatch.console.api.Ingest;
import io.budgetwatch.console.pdf.PageImages.PageSize;
import io.budgetwatch.events.DisclosureParsed;
import io.budgetwatch.events.Evidence;
import io.budgetwatch.events.Finding;
import io.budgetwatch.events.ReconciliationReport;
import io.budgetwatch.events.Severity;
import io.budgetwatch.events.TableTypes;
import io.budgetwatch.events.ChineseNames;

/**
 * One document: where it came from, its findings by severity, each beside the page(s) its evidence is on with the
 * cells highlighted, and its tables as read.
 *
 * @param source ingest-service's record of the file (null when ingest no longer has it)
 * @param tables the tables as parsed, standard ones first (empty when reconcile-service has no disclosure stored)
 */
public record DocumentPage(String documentId, String department, String departmentKey, String region,
        Integer year, String kind, String checkedAt, Ingest.Document source, String fetchedAt, DocumentState state,
        List<SeverityGroup> groups, List<TableView> tables) {

    /** How much of the other file's document id a finding shows: enough to tell it in the overview. */
    private static final int OTHER_FILE_ID_SHOWN = 12;

    public record SeverityGroup(String severity, String label, List<FindingView> findings) {
    }

    /** A finding, the pages its evidence points at, and the evidence that is no cell on a page (sentences). */
    public record FindingView(String fingerprint, String ruleId, String category, String severity, String message,
            List<PageView> pages, List<String> evidence) {
    }

    public static DocumentPage of(ReconciliationReport report, Optional<DisclosureParsed> disclosure,
            Optional<Ingest.Document> source, Optional<List<PageSize>> pageSizes) {
        List<SeverityGroup> groups = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            List<FindingView> findings = report.findings().stream().filter(f -> f.severity() == severity)
                    .map(f -> finding(report.documentId(), f, pageSizes.orElse(List.of()))).toList();
            if (!findings.isEmpty()) {
                groups.add(new SeverityGroup(severity.name().toLowerCase(Locale.ROOT),
                        Labels.severity(severity), findings));
            }
        }
        List<TableView> tables = disclosure.map(d -> d.tables().stream()
                .sorted(Comparator.comparing(t -> standardOrder(t.type()))).map(TableView::of).toList())
                .orElse(List.of());
        return new DocumentPage(report.documentId(), OverviewFilter.nameOf(report), report.departmentKey(),
                report.department().region(), report.year(), Labels.kind(report.kind()),
                Labels.time(report.checkedAt()), source.orElse(null),
                source.map(s -> Labels.time(s.discoveredAt())).orElse(""), DocumentState.of(report), groups, tables);
    }

    /** The portal address the file was fetched from, as a link only when it is a web address. */
    public String sourceHref() {
        return source == null ? null : webAddress(source.sourceUrl());
    }

    /** The portal page that links the file, likewise. */
    public String pageHref() {
        return source == null ? null : webAddress(source.pageUrl());
    }

    /** An upload may name any "source URL": only http(s) becomes a link, never {@code javascript:} or the like. */
    static String webAddress(String url) {
        if (url == null) {
            return null;
        }
        String lower = url.trim().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? url.trim() : null;
    }

    public String departmentHref() {
        return DepartmentYears.href(departmentKey);
    }

    public int findingCount() {
        return groups.stream().mapToInt(g -> g.findings().size()).sum();
    }

    public static String pageImageUrl(String documentId, int page) {
        return "/documents/" + documentId + "/pages/" + page + ".png";
    }

    private static FindingView finding(String documentId, Finding finding, List<PageSize> sizes) {
        Map<Integer, List<PageView.Highlight>> byPage = new LinkedHashMap<>();
        List<String> elsewhere = new ArrayList<>();
        for (Evidence evidence : finding.evidence() == null ? List.<Evidence> of() : finding.evidence()) {
            if (evidence.documentId() != null && !evidence.documentId().equals(documentId)) {
                // The other file of a disclosure published as two: its page numbers are not this file's.
                elsewhere.add(describe(evidence) + "（文件 " + evidence.documentId().substring(0,
                        Math.min(OTHER_FILE_ID_SHOWN, evidence.documentId().length())) + "…）");
                continue;
            }
            Integer page = evidence.page();
            if (page != null && page >= 1 && page <= sizes.size()) {
                List<PageView.Highlight> highlights = byPage.computeIfAbsent(page, p -> new ArrayList<>());
                if (evidence.box() != null) {
                    highlights.add(PageView.Highlight.of(evidence.box(), sizes.get(page - 1), describe(evidence)));
                }
            }
            if (evidence.box() == null) {
                elsewhere.add(describe(evidence));
            }
        }
        List<PageView> pages = byPage.entrySet().stream().map(e -> new PageView(e.getKey(),
                pageImageUrl(documentId, e.getKey()), sizes.get(e.getKey() - 1), e.getValue())).toList();
        return new FindingView(finding.fingerprint(), finding.ruleId(), finding.category(),
                finding.severity().name().toLowerCase(Locale.ROOT), finding.message(), pages,
                elsewhere.stream().distinct().toList());
    }

    /** "财政拨款收支总表 第3页 行 2010101 列 合计", and the sentence of the text, whole. */
    private static String describe(Evidence evidence) {
        String place = ChineseNames.place(evidence);
        if (evidence.sentence() == null || evidence.sentence().isBlank()) {
            return place;
        }
        String quoted = "“" + evidence.sentence().strip() + "”";
        return place.isEmpty() ? quoted : place + " " + quoted;
    }

    private static int standardOrder(String type) {
        int index = TableTypes.STANDARD.indexOf(type);
        return index < 0 ? TableTypes.STANDARD.size() : index;
    }
}

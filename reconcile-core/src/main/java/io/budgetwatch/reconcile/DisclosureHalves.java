package io.budgetwatch.reconcile;

import io.budgetwatch.events.Claim;
import io.budgetwatch.events.DisclosureParsed;
import io.budgetwatch.events.Evidence;
import io.budgetwatch.events.Finding;
import io.budgetwatch.events.ReconciliationReport;
import io.budgetwatch.reconcile.Supersession.Part;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A disclosure published as two files — the 情况说明 and the 报表 (北京: 附件1 and 附件2; 江苏: 说明 and 公开表) — is one
 * disclosure: the text half's claims are checked against the tables half's tables. Each file numbers its pages from
 * 1, so the joined report names the file of every piece of evidence outside the report's own.
 */
public final class DisclosureHalves {
    private DisclosureHalves() {
    }

    /**
     * The two files as one disclosure, when one is a text half and the other a tables half of the same department,
     * year and kind: the tables, key figures and reading quality of the tables half (the text half's reading of
     * tables it does not print says nothing of them), the claims of the text half, the identity of {@code arriving}.
     */
    public static Optional<DisclosureParsed> join(DisclosureParsed arriving, DisclosureParsed sibling) {
        Part part = Supersession.partOf(arriving);
        Part siblingPart = Supersession.partOf(sibling);
        boolean halves = part == Part.TEXT && siblingPart == Part.TABLES
                || part == Part.TABLES && siblingPart == Part.TEXT;
        if (!halves || !sameDisclosure(arriving, sibling)) {
            return Optional.empty();
        }
        DisclosureParsed text = part == Part.TEXT ? arriving : sibling;
        DisclosureParsed tables = part == Part.TEXT ? sibling : arriving;
        return Optional.of(new DisclosureParsed(arriving.schemaVersion(), arriving.eventId(), arriving.documentId(),
                arriving.parserVersion(), arriving.sourceUrl(), arriving.department(), arriving.year(),
                arriving.kind(), arriving.scope(), tables.unit(), arriving.pages(), tables.tables(),
                tables.keyFigures(), text.claims(), tables.quality(), arriving.parsedAt()));
    }

    /**
     * {@code report}, checked on the joined disclosure, with each piece of evidence in the sibling file marked with
     * that file: a sentence the text half states is in the text file, everything else (cells, tables, the reader's
     * warnings) in the tables file.
     */
    public static ReconciliationReport locate(ReconciliationReport report, DisclosureParsed arriving,
            DisclosureParsed sibling) {
        boolean arrivingIsText = Supersession.partOf(arriving) == Part.TEXT;
        DisclosureParsed text = arrivingIsText ? arriving : sibling;
        Set<String> stated = text.claims().stream().map(DisclosureHalves::place).collect(Collectors.toSet());
        String textFile = text.documentId();
        String tablesFile = arrivingIsText ? sibling.documentId() : arriving.documentId();
        List<Finding> findings = report.findings().stream().map(f -> new Finding(f.ruleId(), f.category(),
                f.severity(), f.message(), f.expected(), f.actual(), f.difference(), f.tolerance(),
                f.evidence() == null ? null : f.evidence().stream().map(e -> {
                    String file = e.sentence() != null && stated.contains(place(e)) ? textFile : tablesFile;
                    return file.equals(report.documentId()) ? e : e.in(file);
                }).toList(), f.fingerprint())).toList();
        return new ReconciliationReport(report.schemaVersion(), report.eventId(), report.documentId(),
                report.departmentKey(), report.department(), report.year(), report.kind(), report.rulesetVersion(),
                findings, report.resolved(), report.stats(), report.checkedAt());
    }

    private static boolean sameDisclosure(DisclosureParsed one, DisclosureParsed other) {
        return one.year() != null && one.departmentKey().equals(other.departmentKey())
                && one.year().equals(other.year()) && Objects.equals(one.kind(), other.kind())
                && !one.documentId().equals(other.documentId());
    }

    private static String place(Claim claim) {
        return claim.page() + "|" + claim.sentence();
    }

    private static String place(Evidence evidence) {
        return (evidence.page() == null ? 0 : evidence.page()) + "|" + evidence.sentence();
    }
}

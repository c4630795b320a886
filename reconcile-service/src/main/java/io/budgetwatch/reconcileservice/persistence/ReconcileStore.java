package io.budgetwatch.reconcileservice.persistence;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.budgetwatch.events.DisclosureParsed;
import io.budgetwatch.events.EventJson;
import io.budgetwatch.events.ReconciliationReport;
import io.budgetwatch.events.Severity;
import io.budgetwatch.reconcile.Supersession;
import io.budgetwatch.reconcile.Supersession.Part;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Department history and reports in PostgreSQL. Callers run inside a Hibernate Reactive session. */
@ApplicationScoped
public class ReconcileStore {

    /** The latest disclosure of the same department and kind for {@code year - 1}, or null. */
    public Uni<DisclosureParsed> priorYear(DisclosureParsed current) {
        if (current.year() == null) {
            return Uni.createFrom().nullItem();
        }
        return DisclosureRecord.<DisclosureRecord> find(
                "departmentKey = :department and year = :year and kind = :kind and documentId <> :self",
                Sort.by("receivedAt").descending(),
                Parameters.with("department", current.departmentKey()).and("year", current.year() - 1)
                        .and("kind", kindOf(current)).and("self", current.documentId()))
                .firstResult().map(r -> r == null ? null : EventJson.read(r.parsedJson, DisclosureParsed.class));
    }

    /**
     * The latest other file of {@code disclosure}'s department, year and kind that is the other half of one
     * disclosure published as two (its tables when it is the text, its text when it is the tables), or null.
     */
    public Uni<DisclosureParsed> otherHalf(DisclosureParsed disclosure) {
        Part part = Supersession.partOf(disclosure);
        if (disclosure.year() == null || part == Part.FULL) {
            return Uni.createFrom().nullItem();
        }
        Part wanted = part == Part.TEXT ? Part.TABLES : Part.TEXT;
        return DisclosureRecord.<DisclosureRecord> find(
                "departmentKey = :department and year = :year and kind = :kind and documentId <> :self",
                Sort.by("receivedAt").descending(),
                Parameters.with("department", disclosure.departmentKey()).and("year", disclosure.year())
                        .and("kind", kindOf(disclosure)).and("self", disclosure.documentId()))
                .list().map(records -> records.stream().map(r -> EventJson.read(r.parsedJson, DisclosureParsed.class))
                        .filter(other -> Supersession.partOf(other) == wanted).findFirst().orElse(null));
    }

    /**
     * The current (not superseded) reports of other documents for the same department, year and kind that
     * {@code disclosure} replaces: of the same part, or any when it is a full document (Supersession).
     */
    public Uni<List<ReportRecord>> currentReportsSupersededBy(DisclosureParsed disclosure) {
        Part part = Supersession.partOf(disclosure);
        return ReportRecord.<ReportRecord> find(
                "departmentKey = :department and year = :year and kind = :kind and documentId <> :self"
                        + " and supersededBy is null",
                Sort.by("createdAt").descending(),
                Parameters.with("department", disclosure.departmentKey()).and("year", disclosure.year())
                        .and("kind", kindOf(disclosure)).and("self", disclosure.documentId()))
                .list().map(reports -> reports.stream()
                        .filter(r -> Supersession.supersedes(part, r.part == null ? null : Part.valueOf(r.part)))
                        .toList());
    }

    /**
     * Stores {@code disclosure} as received and its report, which covers {@code part} of the disclosure (the whole,
     * when the file was checked with its other half), and marks the reports it supersedes.
     */
    public Uni<Void> save(DisclosureParsed disclosure, Part part, ReconciliationReport report,
            List<ReportRecord> superseded) {
        List<String> replaced = superseded.stream().map(r -> r.documentId).toList();
        Uni<Void> supersede = replaced.isEmpty() ? Uni.createFrom().voidItem()
                : ReportRecord.update("supersededBy = ?1 where documentId in ?2", disclosure.documentId(), replaced)
                        .replaceWithVoid();
        return supersede.chain(() -> DisclosureRecord.<DisclosureRecord> findById(disclosure.documentId()))
                .chain(existing -> {
                    DisclosureRecord record = existing == null ? new DisclosureRecord() : existing;
                    record.documentId = disclosure.documentId();
                    record.departmentKey = disclosure.departmentKey();
                    record.year = disclosure.year();
                    record.kind = kindOf(disclosure);
                    record.parsedJson = EventJson.writeString(disclosure);
                    record.receivedAt = Instant.now();
                    return existing == null ? record.persist().replaceWithVoid() : Uni.createFrom().voidItem();
                })
                .chain(() -> ReportRecord.<ReportRecord> findById(disclosure.documentId()))
                .chain(existing -> {
                    ReportRecord record = existing == null ? new ReportRecord() : existing;
                    record.documentId = disclosure.documentId();
                    record.departmentKey = report.departmentKey();
                    record.departmentName = disclosure.department().name();
                    record.year = report.year();
                    record.kind = kindOf(disclosure);
                    record.part = part.name();
                    record.critical = count(report, Severity.CRITICAL);
                    record.warnings = count(report, Severity.WARNING);
                    record.reportJson = EventJson.writeString(report);
                    record.createdAt = Instant.now();
                    return existing == null ? record.persist().replaceWithVoid() : Uni.createFrom().voidItem();
                });
    }

    /** Reports, newest first; {@code department} matches the department key or a part of the name. */
    public Uni<List<ReportRecord>> find(String department, Integer year, boolean includeSuperseded, int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (department != null && !department.isBlank()) {
            query.append(" and (departmentKey = :department or departmentName like :namePart)");
            parameters = parameters.and("department", department).and("namePart", "%" + department + "%");
        }
        if (year != null) {
            query.append(" and year = :year");
            parameters = parameters.and("year", year);
        }
        if (!includeSuperseded) {
            query.append(" and supersededBy is null");
        }
        return ReportRecord.<ReportRecord> find(query.toString(), Sort.by("createdAt").descending(), parameters)
                .page(0, limit).list();
    }

    public Uni<ReportRecord> byDocument(String documentId) {
        return ReportRecord.findById(documentId);
    }

    public Uni<DisclosureRecord> disclosure(String documentId) {
        return DisclosureRecord.findById(documentId);
    }

    private static int count(ReconciliationReport report, Severity severity) {
        return (int) report.findings().stream().filter(f -> f.severity() == severity).count();
    }

    private static String kindOf(DisclosureParsed disclosure) {
        return disclosure.kind() == null ? null : disclosure.kind().name();
    }
}

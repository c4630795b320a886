package io.budgetwatch.console.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.type.TypeReference;

import io.budgetwatch.events.DisclosureParsed;
import io.budgetwatch.events.ReconciliationReport;

/** reconcile-service: the current reports and the disclosures as parsed. */
public final class Reconcile {
    /** reconcile-service's own cap on one listing. */
    private static final int LIMIT = 1000;

    private final ServiceHttp http;

    public Reconcile(ServiceHttp http) {
        this.http = http;
    }

    /** Every current report, newest first. */
    public List<ReconciliationReport> reports() {
        return reports(null);
    }

    /** The current reports of a department (its key), newest first. */
    public List<ReconciliationReport> reports(String departmentKey) {
        return http.get(ServiceHttp.path("/api/reports", ServiceHttp.query("department", departmentKey, "limit",
                LIMIT)), new TypeReference<List<ReconciliationReport>>() {
                }).orElse(List.of());
    }

    /** The ids of every document that has a report, superseded ones included. */
    public Set<String> reportedDocuments() {
        return http.get(ServiceHttp.path("/api/reports", ServiceHttp.query("includeSuperseded", true, "limit",
                LIMIT)), new TypeReference<List<ReconciliationReport>>() {
                }).orElse(List.of()).stream().map(ReconciliationReport::documentId).collect(Collectors.toSet());
    }

    public Optional<ReconciliationReport> report(String documentId) {
        return http.get("/api/reports/" + documentId, ReconciliationReport.class);
    }

    public Optional<DisclosureParsed> disclosure(String documentId) {
        return http.get("/api/disclosures/" + documentId, DisclosureParsed.class);
    }
}

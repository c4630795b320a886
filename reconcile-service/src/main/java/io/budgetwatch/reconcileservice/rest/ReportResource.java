package io.budgetwatch.reconcileservice.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.budgetwatch.events.DisclosureParsed;
import io.budgetwatch.events.EventJson;
import io.budgetwatch.events.ReconciliationReport;
import io.budgetwatch.reconcile.RuleDescription;
import io.budgetwatch.reconcileservice.persistence.ReconcileStore;
import io.budgetwatch.reconcileservice.persistence.ReportRecord;
import io.budgetwatch.reconcileservice.service.ReconciliationService;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {
    @Inject
    ReconcileStore store;

    @Inject
    ReconciliationService reconciliation;

    /** Current reports, newest first; {@code department} is a department key or part of the name. */
    @GET
    @Path("/reports")
    @WithSession
    public Uni<List<ReconciliationReport>> reports(@QueryParam("department") String department,
            @QueryParam("year") Integer year, @QueryParam("includeSuperseded") @DefaultValue("false") boolean all,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        return store.find(department, year, all, Math.min(Math.max(limit, 1), 1000))
                .map(records -> records.stream().map(ReportResource::report).toList());
    }

    @GET
    @Path("/reports/{documentId}")
    @WithSession
    public Uni<ReconciliationReport> report(@PathParam("documentId") String documentId) {
        return store.byDocument(documentId).onItem().ifNull()
                .failWith(() -> new NotFoundException("no report for document " + documentId))
                .map(ReportResource::report);
    }

    /**
     * The disclosure as parsed (the DisclosureParsed this service checked, with its tables, rows and cell boxes),
     * so a reader such as the console shows the tables without reading the PDF again.
     */
    @GET
    @Path("/disclosures/{documentId}")
    @WithSession
    public Uni<DisclosureParsed> disclosure(@PathParam("documentId") String documentId) {
        return store.disclosure(documentId).onItem().ifNull()
                .failWith(() -> new NotFoundException("no disclosure " + documentId))
                .map(record -> EventJson.read(record.parsedJson, DisclosureParsed.class));
    }

    /** The rule catalogue: id, category, severity, what it checks and why. */
    @GET
    @Path("/rules")
    public List<RuleDescription> rules() {
        return reconciliation.reconciler().catalogue();
    }

    private static ReconciliationReport report(ReportRecord record) {
        return EventJson.read(record.reportJson, ReconciliationReport.class);
    }
}

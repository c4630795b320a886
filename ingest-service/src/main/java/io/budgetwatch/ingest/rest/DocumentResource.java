package io.budgetwatch.ingest.rest;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.budgetwatch.ingest.domain.DocumentOrigin;
import io.budgetwatch.ingest.domain.IngestOutcome;
import io.budgetwatch.ingest.persistence.DocumentStore;
import io.budgetwatch.ingest.persistence.DocumentSummary;
import io.budgetwatch.ingest.service.DocumentIngestion;
import io.budgetwatch.ingest.service.PortalCrawler;
import io.smallrye.mutiny.Uni;

@Path("/api")
public class DocumentResource {
    @Inject
    DocumentIngestion ingestion;

    @Inject
    DocumentStore store;

    @Inject
    PortalCrawler crawler;

    /** Operators upload a PDF by hand: 201 when new (and emitted), 200 when the same bytes were already stored. */
    @POST
    @Path("/documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(@RestForm("file") FileUpload file, @RestForm("sourceUrl") String sourceUrl,
            @RestForm("title") String title) throws IOException {
        if (file == null) {
            throw new BadRequestException("multipart field 'file' (the PDF) is required");
        }
        byte[] content = Files.readAllBytes(file.uploadedFile());
        IngestOutcome outcome = ingestion.ingest(content,
                DocumentOrigin.upload(sourceUrl, file.fileName(), title));
        return Response.status(outcome.duplicate() ? Response.Status.OK : Response.Status.CREATED).entity(outcome)
                .build();
    }

    @GET
    @Path("/documents")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<List<DocumentSummary>> list(@QueryParam("limit") @DefaultValue("100") int limit) {
        return store.list(Math.min(Math.max(limit, 1), 1000));
    }

    @GET
    @Path("/documents/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<DocumentSummary> get(@PathParam("id") String id) {
        return store.summary(id).onItem().ifNull().failWith(() -> new NotFoundException("no document " + id));
    }

    /** The claim check of DocumentDiscovered: parse-service fetches the bytes here and verifies the SHA-256. */
    @GET
    @Path("/documents/{id}/content")
    @Produces("application/pdf")
    public Uni<byte[]> content(@PathParam("id") String id) {
        return store.content(id).onItem().ifNull().failWith(() -> new NotFoundException("no document " + id));
    }

    /** Runs one crawl of every configured source now, instead of waiting for the schedule. */
    @POST
    @Path("/crawls")
    @Produces(MediaType.APPLICATION_JSON)
    public CrawlResult crawl() {
        return new CrawlResult(crawler.crawlAll());
    }

    public record CrawlResult(int newDocuments) {
    }
}

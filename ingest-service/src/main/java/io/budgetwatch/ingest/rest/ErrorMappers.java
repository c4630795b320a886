package io.budgetwatch.ingest.rest;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.budgetwatch.ingest.service.DocumentTooLargeException;

public class ErrorMappers {
    @ServerExceptionMapper
    public Response tooLarge(DocumentTooLargeException e) {
        return Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE).entity(new Problem(e.getMessage())).build();
    }

    public record Problem(String reason) {
    }
}

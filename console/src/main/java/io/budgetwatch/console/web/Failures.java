package io.budgetwatch.console.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.budgetwatch.console.api.ServiceFailure;
import io.quarkus.qute.Template;

/** Failures as pages a team can read: what is missing, or which service did not answer and what it said. */
public class Failures {
    private static final Logger LOG = Logger.getLogger(Failures.class);

    @Inject
    Template error;

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return page(Response.Status.NOT_FOUND, e.getMessage());
    }

    /** A refused write (e.g. an invalid silence) is the request's fault; anything else the service's. */
    @ServerExceptionMapper
    public Response serviceFailed(ServiceFailure e) {
        if (!e.refused()) {
            LOG.warn(e.getMessage());
        }
        return page(e.refused() ? Response.Status.BAD_REQUEST : Response.Status.BAD_GATEWAY,
                (e.refused() ? "请求被拒绝：" : "无法读取数据：") + e.getMessage());
    }

    private Response page(Response.Status status, String message) {
        return Response.status(status).type(MediaType.TEXT_HTML + ";charset=UTF-8")
                .entity(error.data("message", message).data("operator", "").render()).build();
    }
}

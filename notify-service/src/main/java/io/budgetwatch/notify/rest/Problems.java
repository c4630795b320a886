package io.budgetwatch.notify.rest;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Client errors as RFC 9457 problem details ({@code application/problem+json}), so a caller sees why a request
 * was refused instead of an empty body.
 */
public class Problems {
    @ServerExceptionMapper
    public Response problem(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return e.getResponse();
        }
        Response.ResponseBuilder response = Response.status(status).type("application/problem+json")
                .entity(body(status, e.getMessage()));
        e.getResponse().getHeaders().forEach((name, values) -> values.forEach(v -> response.header(name, v)));
        return response.build();
    }

    static Map<String, Object> body(int status, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        Response.Status known = Response.Status.fromStatusCode(status);
        body.put("title", known == null ? "Error" : known.getReasonPhrase());
        body.put("status", status);
        body.put("detail", detail);
        return body;
    }
}

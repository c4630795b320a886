package io.budgetwatch.notify.rest;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import io.budgetwatch.events.Severity;
import io.budgetwatch.notify.domain.Silence;
import io.budgetwatch.notify.domain.SilenceMatchers;
import io.budgetwatch.notify.persistence.SilenceStore;
import io.smallrye.mutiny.Uni;

/** Silences, Alertmanager-style: matching alerts are still stored, but not sent to receivers until it ends. */
@Path("/api/silences")
@Produces(MediaType.APPLICATION_JSON)
public class SilenceResource {
    @Inject
    SilenceStore store;

    /** A new silence; its creator is the authenticated identity, not something the request claims. */
    public record NewSilence(SilenceMatchers matchers, Instant endsAt, String comment) {
    }

    public record SilenceView(String id, SilenceMatchers matchers, Instant startsAt, Instant endsAt,
            String createdBy, String comment, String state) {
        static SilenceView of(Silence silence, Instant now) {
            return new SilenceView(silence.id(), silence.matchers(), silence.startsAt(), silence.endsAt(),
                    silence.createdBy(), silence.comment(), silence.isActiveAt(now) ? "active" : "expired");
        }
    }

    /** Creates a silence from now until {@code endsAt}; 201 with its id (and the silence). */
    @POST
    @WriteAccess
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> create(NewSilence request, @Context SecurityContext identity) {
        Instant now = Instant.now();
        if (request == null || request.matchers() == null || request.matchers().isEmpty()) {
            throw new BadRequestException("a silence needs at least one matcher "
                    + "(department, ruleId, category, severity, region)");
        }
        if (request.endsAt() == null || !request.endsAt().isAfter(now)) {
            throw new BadRequestException("endsAt must be in the future");
        }
        String severity = request.matchers().severity();
        if (severity != null && !severity.isBlank()) {
            try {
                Severity.valueOf(severity.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("severity must be critical, warning or info");
            }
        }
        return store.create(request.matchers(), now, request.endsAt(), identity.getUserPrincipal().getName(),
                request.comment())
                .map(silence -> Response.created(URI.create("/api/silences/" + silence.id()))
                        .entity(SilenceView.of(silence, now)).build());
    }

    /** All silences, newest first, each active or expired. */
    @GET
    public Uni<List<SilenceView>> list(@QueryParam("limit") @DefaultValue("100") int limit) {
        Instant now = Instant.now();
        return store.all(Math.min(Math.max(limit, 1), 1000))
                .map(list -> list.stream().map(s -> SilenceView.of(s, now)).toList());
    }

    /** Expires the silence now; it stays listed, as expired. */
    @DELETE
    @WriteAccess
    @Path("/{id}")
    public Uni<SilenceView> expire(@PathParam("id") String id) {
        Instant now = Instant.now();
        return store.expire(id, now).onItem().ifNull().failWith(() -> new NotFoundException("no silence " + id))
                .map(s -> SilenceView.of(s, now));
    }
}

package io.budgetwatch.notify.rest;

import java.net.URI;
import java.time.Instant;
import java.util.List;

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

import com.fasterxml.jackson.annotation.JsonProperty;

import io.budgetwatch.notify.domain.Matcher;
import io.budgetwatch.notify.domain.Silence;
import io.budgetwatch.notify.persistence.SilenceStore;
import io.smallrye.mutiny.Uni;

/** Silences, Alertmanager-style: matching alerts are still stored, but not sent to receivers until it ends. */
@Path("/api/silences")
@Produces(MediaType.APPLICATION_JSON)
public class SilenceResource {
    @Inject
    SilenceStore store;

    /**
     * A label matcher as Alertmanager's silence API has it: {@code isRegex} (default false) makes {@code value} a
     * regex, anchored at both ends; {@code isEqual} false (default true) negates it.
     */
    public record MatcherView(String name, String value, @JsonProperty("isRegex") Boolean isRegex,
            @JsonProperty("isEqual") Boolean isEqual) {
        static MatcherView of(Matcher matcher) {
            return new MatcherView(matcher.name(), matcher.value(), matcher.isRegex(), matcher.isEqual());
        }

        Matcher toMatcher() {
            return Matcher.of(name, value, Boolean.TRUE.equals(isRegex), !Boolean.FALSE.equals(isEqual));
        }
    }

    /** A new silence; its creator is the authenticated identity, not something the request claims. */
    public record NewSilence(List<MatcherView> matchers, Instant endsAt, String comment) {
    }

    public record SilenceView(String id, List<MatcherView> matchers, Instant startsAt, Instant endsAt,
            String createdBy, String comment, String state) {
        static SilenceView of(Silence silence, Instant now) {
            return new SilenceView(silence.id(), silence.matchers().stream().map(MatcherView::of).toList(),
                    silence.startsAt(), silence.endsAt(), silence.createdBy(), silence.comment(),
                    silence.isActiveAt(now) ? "active" : "expired");
        }
    }

    /**
     * Creates a silence from now until {@code endsAt}; 201 with its id (and the silence). Matchers that are not
     * valid (a bad regex, a label name that cannot be one) or that would mute everything are 400.
     */
    @POST
    @WriteAccess
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> create(NewSilence request, @Context SecurityContext identity) {
        Instant now = Instant.now();
        if (request == null || request.matchers() == null || request.matchers().isEmpty()
                || request.matchers().contains(null)) {
            throw new BadRequestException("a silence needs matchers: [{name, value, isRegex?, isEqual?}, ...]");
        }
        List<Matcher> matchers;
        try {
            matchers = request.matchers().stream().map(MatcherView::toMatcher).toList();
            Silence.requireSelective(matchers);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        if (request.endsAt() == null || !request.endsAt().isAfter(now)) {
            throw new BadRequestException("endsAt must be in the future");
        }
        return store.create(matchers, now, request.endsAt(), identity.getUserPrincipal().getName(),
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

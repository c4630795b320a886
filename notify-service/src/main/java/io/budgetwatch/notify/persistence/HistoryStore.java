package io.budgetwatch.notify.persistence;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.budgetwatch.events.AlertStatus;
import io.budgetwatch.events.Severity;
import io.budgetwatch.notify.domain.HistoryEvent;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** The alert history, newest first, filtered and cut into pages by id. */
@ApplicationScoped
public class HistoryStore {

    /**
     * What to list; null fields do not filter. {@code department} is a department key or part of a name,
     * {@code region} a region or its beginning ({@code 河北省} for all its cities); {@code since} inclusive,
     * {@code until} exclusive; {@code beforeId} where the previous page ended.
     */
    public record Query(String fingerprint, HistoryEvent event, AlertStatus status, String department,
            String ruleId, Severity severity, String category, String region, String receiver, Instant since,
            Instant until, Long beforeId) {
    }

    /** Up to {@code limit} events matching {@code query}, newest first. */
    @WithSession
    public Uni<List<HistoryRecord>> events(Query query, int limit) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        parameters = equal(where, parameters, "fingerprint", query.fingerprint());
        parameters = equal(where, parameters, "event", query.event() == null ? null : query.event().label());
        parameters = equal(where, parameters, "status", query.status());
        parameters = equal(where, parameters, "ruleId", query.ruleId());
        parameters = equal(where, parameters, "severity", query.severity());
        parameters = equal(where, parameters, "category", query.category());
        parameters = equal(where, parameters, "receiver", query.receiver());
        if (query.department() != null) {
            where.append(" and (departmentKey = :department or department like :namePart)");
            parameters = parameters.and("department", query.department())
                    .and("namePart", "%" + query.department() + "%");
        }
        if (query.region() != null) {
            where.append(" and region like :region");
            parameters = parameters.and("region", query.region() + "%");
        }
        if (query.since() != null) {
            where.append(" and at >= :since");
            parameters = parameters.and("since", query.since());
        }
        if (query.until() != null) {
            where.append(" and at < :until");
            parameters = parameters.and("until", query.until());
        }
        if (query.beforeId() != null) {
            where.append(" and id < :beforeId");
            parameters = parameters.and("beforeId", query.beforeId());
        }
        return HistoryRecord.<HistoryRecord> find(where.toString(), Sort.by("id").descending(), parameters)
                .page(0, limit).list();
    }

    private static Parameters equal(StringBuilder where, Parameters parameters, String field, Object value) {
        if (value == null) {
            return parameters;
        }
        where.append(" and ").append(field).append(" = :").append(field);
        return parameters.and(field, value);
    }
}

package io.budgetwatch.notify.persistence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.budgetwatch.notify.domain.Matcher;
import io.budgetwatch.notify.domain.Silence;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Silences in PostgreSQL. */
@ApplicationScoped
public class SilenceStore {

    @WithTransaction
    public Uni<Silence> create(List<Matcher> matchers, Instant startsAt, Instant endsAt, String createdBy,
            String comment) {
        SilenceRecord record = new SilenceRecord();
        record.id = UUID.randomUUID().toString();
        record.matchers(matchers);
        record.startsAt = startsAt;
        record.endsAt = endsAt;
        record.createdBy = createdBy;
        record.comment = comment;
        return record.persist().replaceWith(record::toSilence);
    }

    /** All silences, newest first. */
    @WithSession
    public Uni<List<Silence>> all(int limit) {
        return SilenceRecord.<SilenceRecord> findAll(Sort.by("startsAt").descending()).page(0, limit).list()
                .map(list -> list.stream().map(SilenceRecord::toSilence).toList());
    }

    /** Silences in force at {@code now}. */
    @WithSession
    public Uni<List<Silence>> active(Instant now) {
        return SilenceRecord.<SilenceRecord> list("startsAt <= ?1 and endsAt > ?1", now)
                .map(list -> list.stream().map(SilenceRecord::toSilence).toList());
    }

    /**
     * Expires a silence now (if still active), and makes what it held in the outbox due, so it is sent now
     * rather than at the silence's original end; null when there is no such silence.
     */
    @WithTransaction
    public Uni<Silence> expire(String id, Instant now) {
        return SilenceRecord.<SilenceRecord> findById(id).chain(record -> {
            if (record == null) {
                return Uni.createFrom().nullItem();
            }
            if (record.endsAt.isAfter(now)) {
                record.endsAt = now.isBefore(record.startsAt) ? record.startsAt : now;
            }
            return OutboxRecord.update("nextAttemptAt = ?1 where state = ?2 and silenceId = ?3", record.endsAt,
                    OutboxRecord.HELD, id).replaceWith(record.toSilence());
        });
    }
}

package io.budgetwatch.notify.persistence;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.fasterxml.jackson.core.type.TypeReference;

import io.budgetwatch.events.EventJson;
import io.budgetwatch.notify.domain.Matcher;
import io.budgetwatch.notify.domain.Silence;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A silence; expiring it (DELETE) sets {@code endsAt} to now, so the record stays for the history. */
@Entity
@Table(name = "silence")
public class SilenceRecord extends PanacheEntityBase {
    private static final TypeReference<List<String>> MATCHERS = new TypeReference<>() {
    };

    @Id
    @Column(length = 36)
    public String id;

    /**
     * The label matchers in Alertmanager's syntax ({@code ruleId=~"BAL-.*"}), as a JSON list; null in a row
     * written before silences had label matchers, which then mutes nothing.
     */
    @Column(name = "matchers", columnDefinition = "text")
    public String matchers;

    @Column(nullable = false)
    public Instant startsAt;

    @Column(nullable = false)
    public Instant endsAt;

    @Column(length = 256)
    public String createdBy;

    @Column(columnDefinition = "text")
    public String comment;

    public void matchers(List<Matcher> list) {
        matchers = EventJson.writeString(list.stream().map(Matcher::toString).toList());
    }

    public Silence toSilence() {
        List<Matcher> parsed;
        try {
            parsed = matchers == null ? List.of()
                    : EventJson.mapper().readValue(matchers, MATCHERS).stream().map(Matcher::parse).toList();
        } catch (IOException e) {
            throw new IllegalStateException("silence " + id + " holds unreadable matchers", e);
        }
        return new Silence(id, parsed, startsAt, endsAt, createdBy, comment);
    }
}

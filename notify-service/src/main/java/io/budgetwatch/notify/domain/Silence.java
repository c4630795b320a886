package io.budgetwatch.notify.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A silence: alerts matching {@code matchers} between {@code startsAt} and {@code endsAt} are not delivered. */
public record Silence(String id, SilenceMatchers matchers, Instant startsAt, Instant endsAt, String createdBy,
        String comment) {

    /** Active from {@code startsAt} (inclusive) until {@code endsAt} (exclusive); expired after. */
    public boolean isActiveAt(Instant now) {
        return !now.isBefore(startsAt) && now.isBefore(endsAt);
    }

    public boolean silences(AlertChange alert, Instant now) {
        return isActiveAt(now) && matchers.matches(alert);
    }

    /** The first of {@code silences} that mutes {@code alert} at {@code now}. */
    public static Optional<Silence> firstSilencing(List<Silence> silences, AlertChange alert, Instant now) {
        return silences.stream().filter(s -> s.silences(alert, now)).findFirst();
    }
}

package io.budgetwatch.notify.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A silence: alerts whose labels match every one of {@code matchers} (the matchers routes and inhibit rules use:
 * {@code =}, {@code !=}, {@code =~}, {@code !~}) between {@code startsAt} and {@code endsAt} are not delivered.
 */
public record Silence(String id, List<Matcher> matchers, Instant startsAt, Instant endsAt, String createdBy,
        String comment) {

    public Silence {
        matchers = List.copyOf(matchers);
    }

    /**
     * Refuses matchers that would mute every alert: as in Alertmanager, at least one of them must not match the
     * empty string (every label of an alert that lacks it).
     */
    public static void requireSelective(List<Matcher> matchers) {
        if (matchers.stream().allMatch(m -> m.matches(Map.of()))) {
            throw new IllegalArgumentException("a silence needs at least one matcher that does not match the empty "
                    + "string, e.g. {\"name\": \"ruleId\", \"value\": \"BAL-003\"}");
        }
    }

    /** Active from {@code startsAt} (inclusive) until {@code endsAt} (exclusive); expired after. */
    public boolean isActiveAt(Instant now) {
        return !now.isBefore(startsAt) && now.isBefore(endsAt);
    }

    /** A silence without matchers (only a row older than label matchers can be one) mutes nothing. */
    public boolean silences(AlertChange alert, Instant now) {
        if (!isActiveAt(now) || matchers.isEmpty()) {
            return false;
        }
        Map<String, String> labels = alert.labels();
        return matchers.stream().allMatch(m -> m.matches(labels));
    }
}

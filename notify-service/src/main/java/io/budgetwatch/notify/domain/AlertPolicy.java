package io.budgetwatch.notify.domain;

import java.util.Set;

import io.budgetwatch.events.Severity;

/**
 * Which findings page a monitoring team: at least {@code minSeverity}, and in one of {@code categories} (all
 * categories when empty). Everything else stays in the report, visible on reconcile-service's API.
 */
public record AlertPolicy(Severity minSeverity, Set<String> categories) {

    public boolean alerts(AlertChange alert) {
        return alert.severity().ordinal() <= minSeverity.ordinal()
                && (categories.isEmpty() || categories.contains(alert.category()));
    }
}

package io.budgetwatch.notify.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.budgetwatch.events.AlertStatus;

/**
 * The inhibit stage of the pipeline ({@link NotifyPipeline}), first as in Alertmanager's: a firing alert is muted
 * while another firing alert inhibits it under one of {@code rules}. Resolved alerts are never inhibited, and an
 * alert never inhibits itself.
 */
public record InhibitStage(List<InhibitRule> rules) {
    public InhibitStage {
        rules = List.copyOf(rules);
    }

    /** Whether {@code alert} can inhibit others: it matches the source of one of the rules. */
    public boolean isSource(AlertChange alert) {
        Map<String, String> labels = alert.labels();
        return rules.stream().anyMatch(r -> r.isSource(labels));
    }

    /** The fingerprint of the first of {@code firing} that inhibits {@code alert}; empty when none does. */
    public Optional<String> inhibitor(AlertChange alert, List<AlertChange> firing) {
        if (alert.status() != AlertStatus.FIRING || rules.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> labels = alert.labels();
        for (AlertChange source : firing) {
            if (source.fingerprint().equals(alert.fingerprint())) {
                continue;
            }
            Map<String, String> sourceLabels = source.labels();
            if (rules.stream().anyMatch(r -> r.inhibits(sourceLabels, labels))) {
                return Optional.of(source.fingerprint());
            }
        }
        return Optional.empty();
    }
}

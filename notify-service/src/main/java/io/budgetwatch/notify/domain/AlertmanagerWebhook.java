package io.budgetwatch.notify.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.budgetwatch.events.AlertStatus;

/**
 * The Alertmanager webhook payload, version 4, so existing Alertmanager tooling can read budgetwatch alerts.
 * One payload carries one group (department + document).
 */
public final class AlertmanagerWebhook {
    private AlertmanagerWebhook() {
    }

    public record Payload(String version, String groupKey, int truncatedAlerts, String status, String receiver,
            Map<String, String> groupLabels, Map<String, String> commonLabels, Map<String, String> commonAnnotations,
            String externalURL, List<Alert> alerts) {
    }

    public record Alert(String status, Map<String, String> labels, Map<String, String> annotations, Instant startsAt,
            Instant endsAt, String generatorURL, String fingerprint) {
    }

    /** The payload for {@code changes}, all of one group. Status is "firing" if any alert of the group fires. */
    public static Payload payload(String receiver, String externalUrl, List<AlertChange> changes) {
        AlertChange first = changes.get(0);
        Map<String, String> groupLabels = new LinkedHashMap<>();
        groupLabels.put("department", first.department());
        groupLabels.put("year", String.valueOf(first.year()));
        groupLabels.put("documentId", first.documentId());
        boolean firing = changes.stream().anyMatch(c -> c.status() == AlertStatus.FIRING);
        List<Alert> alerts = changes.stream().map(c -> alert(c, externalUrl)).toList();
        return new Payload("4", first.groupKey(), 0, firing ? "firing" : "resolved", receiver, groupLabels,
                groupLabels, Map.of(), externalUrl, alerts);
    }

    private static Alert alert(AlertChange change, String externalUrl) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("alertname", change.ruleId());
        labels.put("rule", change.ruleId());
        labels.put("category", change.category());
        labels.put("severity", change.severity().name().toLowerCase(java.util.Locale.ROOT));
        labels.put("department", change.department());
        labels.put("departmentKey", change.departmentKey());
        if (change.region() != null) {
            labels.put("region", change.region());
        }
        labels.put("year", String.valueOf(change.year()));
        labels.put("documentId", change.documentId());
        Map<String, String> annotations = Map.of("summary", change.message(), "description", change.message());
        boolean resolved = change.status() == AlertStatus.RESOLVED;
        return new Alert(resolved ? "resolved" : "firing", labels, annotations, change.startsAt(),
                resolved ? change.endsAt() : Instant.parse("0001-01-01T00:00:00Z"),
                externalUrl + "/api/alerts/" + change.fingerprint(), change.fingerprint());
    }
}

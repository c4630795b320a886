package io.budgetwatch.notify.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

    /**
     * The payload for {@code changes}, all of the group {@code groupKey}. Status is "firing" if any alert of the
     * group fires; {@code commonLabels} are the labels every alert of the group has with the same value.
     */
    public static Payload payload(String receiver, String externalUrl, String groupKey, List<AlertChange> changes) {
        AlertChange first = changes.get(0);
        String base = base(externalUrl);
        Map<String, String> groupLabels = new LinkedHashMap<>();
        groupLabels.put("department", first.department());
        groupLabels.put("year", String.valueOf(first.year()));
        groupLabels.put("documentId", first.documentId());
        Map<String, String> common = new TreeMap<>(first.labels());
        changes.forEach(c -> common.entrySet().retainAll(c.labels().entrySet()));
        boolean firing = changes.stream().anyMatch(c -> c.status() == AlertStatus.FIRING);
        List<Alert> alerts = changes.stream().map(c -> alert(c, base)).toList();
        return new Payload("4", groupKey, 0, firing ? "firing" : "resolved", receiver, groupLabels, common,
                Map.of(), base, alerts);
    }

    private static Alert alert(AlertChange change, String base) {
        Map<String, String> annotations = new LinkedHashMap<>();
        annotations.put("summary", change.message());
        annotations.put("description", change.message());
        boolean resolved = change.status() == AlertStatus.RESOLVED;
        return new Alert(resolved ? "resolved" : "firing", change.labels(), annotations, change.startsAt(),
                resolved ? change.endsAt() : Instant.parse("0001-01-01T00:00:00Z"),
                alertUrl(base, change.fingerprint()), change.fingerprint());
    }

    /** Where an alert is served: {@code externalUrl/api/alerts/{fingerprint}}, one slash between. */
    public static String alertUrl(String externalUrl, String fingerprint) {
        return base(externalUrl) + "/api/alerts/" + fingerprint;
    }

    private static String base(String externalUrl) {
        return externalUrl.endsWith("/") ? externalUrl.substring(0, externalUrl.length() - 1) : externalUrl;
    }
}

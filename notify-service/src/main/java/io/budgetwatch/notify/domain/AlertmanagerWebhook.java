package io.budgetwatch.notify.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.budgetwatch.events.AlertStatus;

/**
 * The Alertmanager webhook payload, version 4 ({@code notify/webhook}'s {@code Message}: the template data, then
 * {@code version}, {@code groupKey}, {@code truncatedAlerts}), so existing Alertmanager tooling can read
 * budgetwatch alerts. One payload carries one aggregation group.
 */
public final class AlertmanagerWebhook {
    /** The zero time Go writes for an alert that has not ended, as Alertmanager sends a firing alert's endsAt. */
    public static final Instant NOT_ENDED = Instant.parse("0001-01-01T00:00:00Z");

    private AlertmanagerWebhook() {
    }

    public record Payload(String receiver, String status, List<Alert> alerts, Map<String, String> groupLabels,
            Map<String, String> commonLabels, Map<String, String> commonAnnotations, String externalURL,
            String version, String groupKey, int truncatedAlerts) {
    }

    public record Alert(String status, Map<String, String> labels, Map<String, String> annotations, Instant startsAt,
            Instant endsAt, String generatorURL, String fingerprint) {
    }

    /**
     * The payload for {@code notification}. Status is "firing" if any alert of the group fires;
     * {@code commonLabels} and {@code commonAnnotations} are those every alert has with the same value; nothing
     * is truncated (there is no {@code max_alerts}).
     */
    public static Payload payload(String receiver, AlertLinks links, Notification notification) {
        List<Alert> alerts = notification.alerts().stream().map(c -> alert(c, links)).toList();
        boolean firing = notification.alerts().stream().anyMatch(c -> c.status() == AlertStatus.FIRING);
        return new Payload(receiver, firing ? "firing" : "resolved", alerts, notification.groupLabels(),
                common(alerts.stream().map(Alert::labels).toList()),
                common(alerts.stream().map(Alert::annotations).toList()), links.externalUrl(), "4",
                notification.groupKey(), 0);
    }

    /** The entries every one of {@code maps} has with the same value, sorted by name. */
    private static Map<String, String> common(List<Map<String, String>> maps) {
        Map<String, String> common = new TreeMap<>(maps.get(0));
        maps.forEach(m -> common.entrySet().retainAll(m.entrySet()));
        return common;
    }

    private static Alert alert(AlertChange change, AlertLinks links) {
        Map<String, String> annotations = new TreeMap<>();
        annotations.put("summary", change.summary());
        annotations.put("description", change.message());
        if (change.evidence() != null) {
            annotations.put("evidence", change.evidence());
        }
        boolean resolved = change.status() == AlertStatus.RESOLVED;
        return new Alert(resolved ? "resolved" : "firing", change.labels(), annotations, change.startsAt(),
                resolved ? change.endsAt() : NOT_ENDED,
                links.alert(change.fingerprint()), change.fingerprint());
    }
}

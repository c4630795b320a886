package io.budgetwatch.notify.domain;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one receiver is sent at once: the alert changes of one aggregation group, with the group's key and its
 * labels (the values of the route's {@code group_by} labels the alerts have, Alertmanager's {@code groupLabels}).
 */
public record Notification(String groupKey, SortedMap<String, String> groupLabels, List<AlertChange> alerts) {
    public Notification {
        groupLabels = new TreeMap<>(groupLabels);
        alerts = List.copyOf(alerts);
    }
}

package io.budgetwatch.notify.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/** Routes alert changes through the tree into aggregation groups, one per (receiver, group key). */
public final class Dispatch {
    private Dispatch() {
    }

    /** One aggregation group's changes, for the receiver of the route that formed it. */
    public record Group(String receiver, String groupKey, SortedMap<String, String> groupLabels, Timers timers,
            List<AlertChange> alerts) {
    }

    /** The groups {@code changes} fall into, in order of first appearance; alerts in the order given. */
    public static List<Group> groups(Route root, List<AlertChange> changes) {
        Map<List<String>, List<AlertChange>> groups = new LinkedHashMap<>();
        Map<List<String>, Route> routes = new LinkedHashMap<>();
        Map<List<String>, SortedMap<String, String>> labelsOf = new LinkedHashMap<>();
        for (AlertChange change : changes) {
            Map<String, String> labels = change.labels();
            for (Route route : root.match(labels)) {
                List<String> key = List.of(route.receiver(), route.groupKey(labels));
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(change);
                routes.putIfAbsent(key, route);
                labelsOf.putIfAbsent(key, route.groupLabels(labels));
            }
        }
        List<Group> result = new ArrayList<>();
        groups.forEach((key, alerts) -> result.add(new Group(key.get(0), key.get(1), labelsOf.get(key),
                routes.get(key).timers(), List.copyOf(alerts))));
        return result;
    }
}

package io.budgetwatch.notify.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A node of the routing tree, Alertmanager's semantics: an alert enters a node when all its matchers match; it
 * then goes down the first child that takes it, and on to later children only while the matching child has
 * {@code continueMatching}; when no child takes it, this node is where it goes. Settings not given on a child are
 * inherited from its parent when the tree is built, so every node here is complete.
 *
 * @param key identifies the node in group keys, as Alertmanager's: {@code {}} for the root, then
 *        {@code parent/{matchers}} (with the child's index when siblings have the same matchers)
 */
public record Route(String key, String receiver, List<Matcher> matchers, boolean continueMatching,
        List<String> groupBy, Timers timers, List<Route> routes) {

    /** The nodes an alert with {@code labels} is routed to, in tree order; empty when the root does not match. */
    public List<Route> match(Map<String, String> labels) {
        if (!matchers.stream().allMatch(m -> m.matches(labels))) {
            return List.of();
        }
        List<Route> all = new ArrayList<>();
        for (Route child : routes) {
            List<Route> matches = child.match(labels);
            all.addAll(matches);
            if (!matches.isEmpty() && !child.continueMatching()) {
                break;
            }
        }
        return all.isEmpty() ? List.of(this) : all;
    }

    /**
     * The aggregation group of an alert in this route: the route's key and the values of its {@code groupBy}
     * labels, in Alertmanager's format ({@code {}:{department="…", year="2023"}}).
     */
    public String groupKey(Map<String, String> labels) {
        // A missing label is written as empty here, so the key of a route stays one shape for every alert.
        return key + ":{" + groupBy.stream().sorted()
                .map(name -> name + "=\"" + labels.getOrDefault(name, "") + "\"").collect(Collectors.joining(", "))
                + "}";
    }

    /** The values of this route's {@code group_by} labels that {@code labels} has: Alertmanager's group labels. */
    public SortedMap<String, String> groupLabels(Map<String, String> labels) {
        SortedMap<String, String> group = new TreeMap<>();
        groupBy.stream().filter(labels::containsKey).forEach(name -> group.put(name, labels.get(name)));
        return group;
    }

    /** Every receiver named in the tree, each once, in tree order. */
    public List<String> receivers() {
        List<String> names = new ArrayList<>();
        collect(names);
        return names;
    }

    private void collect(List<String> names) {
        if (!names.contains(receiver)) {
            names.add(receiver);
        }
        routes.forEach(r -> r.collect(names));
    }
}

package io.budgetwatch.notify.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The batch stage of the pipeline ({@link NotifyPipeline}), between rate-limit and send: a receiver that has used
 * {@link #NEAR} of its rate limit in the window, and whose messages can list several groups (the chat robots), is
 * sent its waiting groups merged into one message, at most {@code maxGroups} of them, instead of one message per
 * group that would each wait for room in the window.
 */
public record BatchStage(int maxGroups) {
    /** The share of a receiver's limit from which its waiting groups are merged. */
    public static final double NEAR = 0.8;

    public BatchStage {
        if (maxGroups < 1) {
            throw new IllegalArgumentException("a merged message lists at least one group, not " + maxGroups);
        }
    }

    /**
     * How many waiting groups the next message to a receiver may list: one while it is far from its {@code limit}
     * (or has none), up to {@code maxGroups} once it has been sent {@code sentInWindow} ≥ {@link #NEAR} of it.
     */
    public int groupsPerMessage(Optional<Integer> limit, long sentInWindow) {
        return limit.filter(l -> sentInWindow >= Math.ceil(NEAR * l)).map(l -> maxGroups).orElse(1);
    }

    /**
     * One notification listing the alerts of {@code groups} in their order; its key names every group's key, its
     * labels are the group labels they all share.
     */
    public static Notification merge(List<Notification> groups) {
        if (groups.size() == 1) {
            return groups.get(0);
        }
        Map<String, String> common = new TreeMap<>(groups.get(0).groupLabels());
        groups.forEach(g -> common.entrySet().retainAll(g.groupLabels().entrySet()));
        return new Notification(groups.stream().map(Notification::groupKey).collect(Collectors.joining(" + ")),
                new TreeMap<>(common), groups.stream().flatMap(g -> g.alerts().stream()).toList());
    }
}

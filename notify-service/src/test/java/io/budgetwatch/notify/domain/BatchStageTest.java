package io.budgetwatch.notify.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import io.budgetwatch.events.AlertStatus;
import io.budgetwatch.events.Severity;

class BatchStageTest {
    private static final RateLimitStage ROBOT = RateLimitStage.parse(List.of("dingtalk=20"), Duration.ofMinutes(1));

    private static Notification group(int i) {
        AlertChange alert = new AlertChange("fp-" + i, AlertStatus.FIRING, "河北省/部门" + i + "#" + i, "部门" + i,
                "河北省", 2023, "doc-" + i, null, "BAL-003", "balance", Severity.CRITICAL, "收支不平 " + i, null,
                Instant.EPOCH, null);
        TreeMap<String, String> labels = new TreeMap<>();
        labels.put("departmentKey", alert.departmentKey());
        labels.put("year", "2023");
        return new Notification("{}:{departmentKey=\"" + alert.departmentKey() + "\"}", labels, List.of(alert));
    }

    @Test
    void groupsAreMergedOnlyFromEightyPercentOfTheLimitOn() {
        BatchStage batch = new BatchStage(20);
        assertEquals(1, batch.groupsPerMessage(ROBOT.limit("dingtalk"), 15));
        assertEquals(20, batch.groupsPerMessage(ROBOT.limit("dingtalk"), 16));
        assertEquals(1, batch.groupsPerMessage(ROBOT.limit("webhook"), 1_000), "no limit, nothing merged");
        assertEquals(20, batch.groupsPerMessage(Optional.of(5), 4), "the fifth of five is a merged one");
        assertThrows(IllegalArgumentException.class, () -> new BatchStage(0));
    }

    @Test
    void aMergedNotificationListsEveryGroupsAlertsInOrderWithTheLabelsTheyShare() {
        Notification merged = BatchStage.merge(List.of(group(1), group(2), group(3)));
        assertEquals(List.of("fp-1", "fp-2", "fp-3"), merged.alerts().stream().map(AlertChange::fingerprint).toList());
        assertEquals(List.of("year"), List.copyOf(merged.groupLabels().keySet()));
        assertTrue(merged.groupKey().contains("部门1") && merged.groupKey().contains("部门3"), merged.groupKey());
        assertEquals(group(4), BatchStage.merge(List.of(group(4))), "one group is sent as it is");
    }

    /**
     * A burst of 100 groups to a robot taking 20 messages a minute, as the sender meets it: one message per round,
     * the receiver skipped at its limit until the next window.
     */
    @Test
    void aBurstOfAHundredGroupsStaysWithinTheLimitAndEachAlertIsSentOnce() {
        BatchStage batch = new BatchStage(20);
        Deque<Notification> waiting = new ArrayDeque<>();
        for (int i = 0; i < 100; i++) {
            waiting.add(group(i));
        }
        List<List<Notification>> windows = new ArrayList<>();
        while (!waiting.isEmpty()) {
            List<Notification> sent = new ArrayList<>();
            while (!waiting.isEmpty() && !ROBOT.atLimit("dingtalk", sent.size())) {
                int groups = batch.groupsPerMessage(ROBOT.limit("dingtalk"), sent.size());
                List<Notification> message = new ArrayList<>();
                while (message.size() < groups && !waiting.isEmpty()) {
                    message.add(waiting.poll());
                }
                sent.add(BatchStage.merge(message));
            }
            windows.add(sent);
        }
        assertTrue(windows.stream().allMatch(w -> w.size() <= 20), "at most 20 messages a window");
        assertEquals(96, windows.get(0).stream().mapToInt(n -> n.alerts().size()).sum(),
                "16 single messages, then 4 merged ones of 20 groups in the first window");
        assertEquals(2, windows.size(), "the 4 groups left go out in the next window");
        List<String> fingerprints = windows.stream().flatMap(List::stream).flatMap(n -> n.alerts().stream())
                .map(AlertChange::fingerprint).toList();
        assertEquals(100, fingerprints.size());
        assertEquals(100, fingerprints.stream().distinct().count(), "every alert exactly once");
    }
}

package io.budgetwatch.notify.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.budgetwatch.events.AlertStatus;
import io.budgetwatch.events.Severity;
import io.budgetwatch.notify.config.RoutesFile;

class RoutingTest {
    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    /** Critical alerts page the DingTalk robot and go on to their region's team; 上海 has its own webhook. */
    private static final String ROUTES = """
            route:
              receiver: log
              group_by: [departmentKey, year, documentId]
              routes:
                - receiver: dingtalk
                  matchers: ['severity="critical"']
                  continue: true
                - receiver: webhook-2
                  matchers: ['region=~"上海市.*"']
                  group_by: [region]
                - receiver: webhook
                  matchers: ['region=~"河北省.*"', 'category!="plausibility"']
                  routes:
                    - receiver: feishu
                      matchers: [ruleId!~"BAL-.*"]
            """;

    private static AlertChange alert(String region, Severity severity, String category, String ruleId) {
        return new AlertChange("fp-" + ruleId, AlertStatus.FIRING, region + "/部门#1", "部门", region, 2023, "doc", null,
                ruleId, category, severity, "问题", null, NOW, null);
    }

    private static List<String> receivers(Route root, AlertChange alert) {
        return root.match(alert.labels()).stream().map(Route::receiver).toList();
    }

    @Test
    void matchersOfTheFourKindsWithAnchoredRegexesAndMissingLabelsAsEmpty() {
        Map<String, String> labels = Map.of("severity", "critical", "region", "河北省石家庄市");
        assertTrue(Matcher.parse("severity=\"critical\"").matches(labels));
        assertTrue(Matcher.parse("severity != warning").matches(labels));
        assertTrue(Matcher.parse("region=~\"河北省.*\"").matches(labels));
        assertFalse(Matcher.parse("region=~\"石家庄\"").matches(labels), "regexes are anchored");
        assertTrue(Matcher.parse("region!~\"上海市.*\"").matches(labels));
        assertTrue(Matcher.parse("department=\"\"").matches(labels), "a missing label is empty");
        assertFalse(Matcher.parse("department=~\".+\"").matches(labels));
        assertEquals("region=~\"a\\\"b\"", Matcher.parse("region=~\"a\\\"b\"").toString());
        assertThrows(IllegalArgumentException.class, () -> Matcher.parse("severity"));
        assertThrows(IllegalArgumentException.class, () -> Matcher.parse("region=~\"(\""));
    }

    @Test
    void routesBySeverityAndRegionWithContinue() {
        Route root = RoutesFile.parseAll(ROUTES).root();
        assertEquals(List.of("dingtalk", "feishu"),
                receivers(root, alert("河北省石家庄市", Severity.CRITICAL, "three_public", "3P-001")),
                "critical: DingTalk, then (continue) the 河北 node, whose matching child takes it instead of it");
        assertEquals(List.of("webhook"), receivers(root, alert("河北省保定市", Severity.WARNING, "balance", "BAL-003")),
                "a balance warning stays at the 河北 node: its child does not take BAL-*");
        assertEquals(List.of("dingtalk", "webhook-2"),
                receivers(root, alert("上海市普陀区", Severity.CRITICAL, "balance", "BAL-001")));
        assertEquals(List.of("log"), receivers(root, alert("河北省保定市", Severity.WARNING, "plausibility", "PLA-001")),
                "nothing below the root takes it: the root's receiver");
        assertEquals(List.of("log", "dingtalk", "webhook-2", "webhook", "feishu"), root.receivers());
    }

    @Test
    void groupsFollowEachRoutesGroupByAndChildrenInheritIt() {
        Route root = RoutesFile.parseAll(ROUTES).root();
        AlertChange putuo = alert("上海市普陀区", Severity.WARNING, "balance", "BAL-001");
        AlertChange putuoOther = new AlertChange("fp-2", AlertStatus.FIRING, "上海市普陀区/财政局#2", "财政局", "上海市普陀区",
                2024, "doc2", null, "XT-001", "cross_table", Severity.WARNING, "问题", null, NOW, null);
        AlertChange hebei = alert("河北省石家庄市", Severity.WARNING, "three_public", "3P-001");
        List<Dispatch.Group> groups = Dispatch.groups(root, List.of(putuo, hebei, putuoOther));

        assertEquals(2, groups.size());
        assertEquals("webhook-2", groups.get(0).receiver());
        assertEquals("{}/{region=~\"上海市.*\"}:{region=\"上海市普陀区\"}", groups.get(0).groupKey());
        assertEquals(List.of("fp-BAL-001", "fp-2"),
                groups.get(0).alerts().stream().map(AlertChange::fingerprint).toList(), "grouped by region only");
        assertEquals(Map.of("region", "上海市普陀区"), groups.get(0).groupLabels(), "Alertmanager's groupLabels");
        assertEquals("feishu", groups.get(1).receiver());
        assertEquals("{}/{region=~\"河北省.*\",category!=\"plausibility\"}/{ruleId!~\"BAL-.*\"}"
                + ":{departmentKey=\"河北省石家庄市/部门#1\", documentId=\"doc\", year=\"2023\"}", groups.get(1).groupKey(),
                "the child inherits group_by from its parent");
    }

    @Test
    void withoutARoutesFileEveryReceiverGetsEveryAlertPerDepartmentYearAndDocument() {
        Route root = RoutesFile.everyReceiver(List.of("log", "webhook", "dingtalk"));
        assertEquals(List.of("log", "webhook", "dingtalk"),
                receivers(root, alert("河北省石家庄市", Severity.INFO, "balance", "BAL-001")));
    }

    @Test
    void timersDefaultToAlertmanagersAndChildrenInheritTheirParents() {
        Route root = RoutesFile.parseAll("""
                route:
                  receiver: log
                  routes:
                    - receiver: webhook
                      group_wait: 1m30s
                      repeat_interval: 1d
                      routes:
                        - receiver: dingtalk
                          group_interval: 500ms
                """).root();
        assertEquals(Timers.ALERTMANAGER, root.timers());
        Route webhook = root.routes().get(0);
        assertEquals(new Timers(Duration.ofSeconds(90), Duration.ofMinutes(5), Duration.ofDays(1)), webhook.timers());
        assertEquals(new Timers(Duration.ofSeconds(90), Duration.ofMillis(500), Duration.ofDays(1)),
                webhook.routes().get(0).timers());
        assertEquals(Timers.IMMEDIATE, RoutesFile.everyReceiver(List.of("log")).timers());
        assertThrows(IllegalArgumentException.class,
                () -> RoutesFile.parseAll("route:\n  receiver: log\n  group_wait: 30 seconds\n"));
    }

    @Test
    void mistakesInTheFileAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> RoutesFile.parseAll("route:\n  receiver: log\n  group-by: [a]\n"),
                "a misspelt key");
        assertThrows(IllegalArgumentException.class, () -> RoutesFile.parseAll("route:\n  matchers: ['a=b']\n"));
        assertThrows(IllegalArgumentException.class,
                () -> RoutesFile.parseAll("route:\n  receiver: log\n  matchers: ['a=b']\n"), "the root matches all");
        assertThrows(IllegalArgumentException.class, () -> RoutesFile.parseAll("receivers: []\n"));
    }
}

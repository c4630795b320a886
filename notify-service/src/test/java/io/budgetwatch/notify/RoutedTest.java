package io.budgetwatch.notify;

import static io.budgetwatch.notify.Reports.documentId;
import static io.budgetwatch.notify.Reports.finding;
import static io.budgetwatch.notify.Reports.fingerprint;
import static io.budgetwatch.notify.Reports.report;
import static io.budgetwatch.notify.Reports.send;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.budgetwatch.events.Department;
import io.budgetwatch.events.Finding;
import io.budgetwatch.events.Severity;
import io.budgetwatch.testsupport.EmbeddedKafkaResource;
import io.budgetwatch.testsupport.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** The routing tree and its timers end to end, from a routes file named by {@code budgetwatch.notify.routes}. */
@QuarkusTest
@TestProfile(RoutedTest.Routes.class)
@WithTestResource(EmbeddedKafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(WebhookSink.class)
@WithTestResource(ChatSinks.class)
@WithTestResource(MailSink.class)
class RoutedTest {
    private static final Department SHANGHAI_A = new Department("上海市普陀区财政局", "101", "上海市普陀区");
    private static final Department SHANGHAI_B = new Department("上海市普陀区教育局", "102", "上海市普陀区");

    private static final Department GUANGDONG = new Department("广东省财政厅", "201", "广东省");
    private static final int FEISHU_LIMIT = 3;
    private static final Duration WINDOW = Duration.ofSeconds(2);

    /**
     * Critical to DingTalk and on; 河北 to the webhook (REP-* repeated every 3 s); 上海 grouped per region; 广东
     * to Feishu, at most three messages per two seconds.
     */
    public static class Routes implements QuarkusTestProfile {
        static final String YAML = """
                route:
                  receiver: log
                  group_by: [departmentKey, year, documentId]
                  group_wait: 0s
                  group_interval: 0s
                  repeat_interval: 1h
                  routes:
                    - receiver: dingtalk
                      matchers: ['severity="critical"']
                      continue: true
                    - receiver: webhook
                      matchers: ['region=~"河北省.*"']
                      routes:
                        - matchers: ['ruleId=~"REP-.*"']
                          repeat_interval: 3s
                    - receiver: wecom
                      matchers: ['region=~"上海市.*"']
                      group_by: [region]
                      group_wait: 3s
                    - receiver: feishu
                      matchers: ['region=~"广东省.*"']
                """;

        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Path file = Files.createTempFile("routes", ".yaml");
                Files.writeString(file, YAML);
                file.toFile().deleteOnExit();
                return Map.of("budgetwatch.notify.routes", file.toString(),
                        "budgetwatch.notify.rate-limit.per-window", "feishu=" + FEISHU_LIMIT,
                        "budgetwatch.notify.rate-limit.window", WINDOW.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @BeforeEach
    void clearSinks() {
        WebhookSink.bodies.clear();
        ChatSinks.posts.clear();
    }

    @Test
    void routesBySeverityAndRegionWithContinue() throws Exception {
        String critical = "RT-" + fingerprint().substring(0, 8);
        // Another rule family: a critical inhibits the warnings of its own family.
        String warning = "RW-" + fingerprint().substring(0, 8);
        send(report(documentId(), List.of(finding(fingerprint(), critical, Severity.CRITICAL),
                finding(fingerprint(), warning, Severity.WARNING)), List.of()));

        await().atMost(Duration.ofSeconds(30)).until(() -> posts("/dingtalk/", critical) == 1
                && WebhookSink.bodies.stream().anyMatch(b -> b.contains(critical) && b.contains(warning)));
        Thread.sleep(1000);
        assertEquals(0, posts("/dingtalk/", warning), "a warning does not page DingTalk");
        assertEquals(0, posts("/wecom/", critical) + posts("/feishu/", critical), "河北 is not 上海's team");
    }

    @Test
    void aGroupStillFiringIsRepeatedEveryRepeatIntervalUntilItResolves() throws Exception {
        String rule = "REP-" + fingerprint().substring(0, 8);
        Finding finding = finding(fingerprint(), rule, Severity.WARNING);
        send(report(documentId(), List.of(finding), List.of()));
        await().atMost(Duration.ofSeconds(30)).until(() -> firing(rule) == 1);
        Instant first = Instant.now();
        await().atMost(Duration.ofSeconds(30)).until(() -> firing(rule) == 2);
        assertTrue(Duration.between(first, Instant.now()).toMillis() >= 2500, "repeated after the repeat interval");

        send(report(documentId(), List.of(), List.of(finding)));
        await().atMost(Duration.ofSeconds(30)).until(() -> WebhookSink.bodies.stream()
                .anyMatch(b -> b.contains(rule) && b.contains("\"status\":\"resolved\"")));
        long repeats = firing(rule);
        Thread.sleep(4000);
        assertEquals(repeats, firing(rule), "a resolved group is not repeated");
    }

    @Test
    void alertsOfANewGroupArrivingWithinGroupWaitGoOutAsOneNotification() throws Exception {
        String first = "GW-" + fingerprint().substring(0, 8);
        String second = "GW-" + fingerprint().substring(0, 8);
        send(report(SHANGHAI_A, documentId(), List.of(finding(fingerprint(), first, Severity.WARNING)), List.of()));
        send(report(SHANGHAI_B, documentId(), List.of(finding(fingerprint(), second, Severity.WARNING)), List.of()));

        await().atMost(Duration.ofSeconds(30)).until(() -> posts("/wecom/", first) > 0);
        Thread.sleep(1000);
        assertEquals(1, posts("/wecom/", first));
        assertEquals(1, ChatSinks.posts.stream().filter(p -> p.path().startsWith("/wecom/")
                && p.body().contains(first) && p.body().contains(second)).count(), "both departments in one message");
    }

    @Test
    void aBurstOfGroupsIsQueuedWithinTheRobotsRateLimitAndAllDelivered() throws Exception {
        String rule = "RL-" + fingerprint().substring(0, 8);
        int groups = 12;
        for (int i = 0; i < groups; i++) {
            send(report(GUANGDONG, documentId(), List.of(finding(fingerprint(), rule, Severity.WARNING)), List.of()));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> posts("/feishu/", rule) == groups);
        List<Instant> sent = ChatSinks.posts.stream().filter(p -> p.path().startsWith("/feishu/")
                && p.body().contains(rule)).map(ChatSinks.Post::at).sorted().toList();
        for (int i = FEISHU_LIMIT; i < sent.size(); i++) {
            assertTrue(Duration.between(sent.get(i - FEISHU_LIMIT), sent.get(i)).compareTo(WINDOW) >= 0,
                    "no more than " + FEISHU_LIMIT + " messages in any " + WINDOW + ": " + sent);
        }
        Thread.sleep(1000);
        assertEquals(groups, posts("/feishu/", rule), "each group once");
    }

    private static long posts(String path, String marker) {
        return ChatSinks.posts.stream().filter(p -> p.path().startsWith(path) && p.body().contains(marker)).count();
    }

    private static long firing(String rule) {
        return WebhookSink.bodies.stream().filter(b -> b.contains(rule) && b.contains("\"status\":\"firing\"")).count();
    }
}

package io.budgetwatch.notify;

import static io.budgetwatch.notify.Reports.documentId;
import static io.budgetwatch.notify.Reports.finding;
import static io.budgetwatch.notify.Reports.fingerprint;
import static io.budgetwatch.notify.Reports.report;
import static io.budgetwatch.notify.Reports.send;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.budgetwatch.events.Department;
import io.budgetwatch.events.EventJson;
import io.budgetwatch.events.Severity;
import io.budgetwatch.notify.service.OutboxSender;
import io.budgetwatch.testsupport.EmbeddedKafkaResource;
import io.budgetwatch.testsupport.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A first crawl's burst at a DingTalk robot that takes 20 messages a minute: the waiting groups are merged once its
 * limit is near, so all of them arrive within the minute, each alert once.
 */
@QuarkusTest
@TestProfile(RateLimitBatchingTest.Limited.class)
@WithTestResource(EmbeddedKafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(WebhookSink.class)
@WithTestResource(ChatSinks.class)
@WithTestResource(MailSink.class)
class RateLimitBatchingTest {
    private static final int LIMIT = 20;
    private static final int GROUPS = 100;

    /**
     * DingTalk at its default 20 a minute. Merged messages list up to 30 groups, so the burst fits in one minute
     * (16 single messages, then 3 merged); with the default 20 the last 4 groups would wait for the next minute.
     */
    public static class Limited implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("budgetwatch.notify.rate-limit.per-window", "dingtalk=" + LIMIT,
                    "budgetwatch.notify.rate-limit.window", "PT1M",
                    "budgetwatch.notify.rate-limit.merge-max-groups", "30");
        }
    }

    @Inject
    OutboxSender sender;

    @Test
    void aBurstOfAHundredGroupsReachesTheRobotWithinItsLimitEachAlertOnce() throws Exception {
        sender.stop().get(10, TimeUnit.SECONDS);
        String rule = "BURST-" + fingerprint().substring(0, 8);
        Set<String> fingerprints = new HashSet<>();
        List<String> departments = new ArrayList<>();
        for (int i = 0; i < GROUPS; i++) {
            String fingerprint = fingerprint();
            fingerprints.add(fingerprint);
            departments.add(String.format("杭州市第%03d局", i));
            send(report(new Department(departments.get(i), String.valueOf(500 + i), "浙江省杭州市"), documentId(),
                    List.of(finding(fingerprint, rule, Severity.WARNING)), List.of()));
        }
        // All of them waiting, as after a crawl that found a hundred departments' findings at once.
        await().atMost(Duration.ofSeconds(60)).until(() -> pendingAtDingTalk(fingerprints) == GROUPS);

        long started = System.nanoTime();
        sender.start();
        await().atMost(Duration.ofSeconds(50)).until(() -> departments.stream().allMatch(d -> mentions(rule, d) > 0));
        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofMinutes(1)) < 0);
        Thread.sleep(1000);

        List<ChatSinks.Post> posts = posts(rule);
        assertTrue(posts.size() <= LIMIT, posts.size() + " messages within one minute");
        for (String department : departments) {
            assertEquals(1, mentions(rule, department), department + "'s alert exactly once");
        }
        assertTrue(posts.stream().anyMatch(p -> p.body().contains("个部门年度")), "groups merged into one message");
    }

    private static List<ChatSinks.Post> posts(String rule) {
        return ChatSinks.posts.stream().filter(p -> p.path().startsWith("/dingtalk/") && p.body().contains(rule))
                .toList();
    }

    /** How often the department's alert was posted: its "部门" line, once per alert. */
    private static long mentions(String rule, String department) {
        return posts(rule).stream().mapToLong(p -> count(p.body(), "**部门**：" + department)).sum();
    }

    private static long count(String text, String part) {
        long n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            n++;
        }
        return n;
    }

    private static long pendingAtDingTalk(Set<String> fingerprints) throws Exception {
        JsonNode rows = EventJson.mapper().readTree(given().when().get("/api/outbox?state=pending&limit=1000").then()
                .statusCode(200).extract().asString());
        long n = 0;
        for (JsonNode row : rows) {
            if (row.get("receiver").asText().equals("dingtalk")) {
                for (JsonNode f : row.get("fingerprints")) {
                    n += fingerprints.contains(f.asText()) ? 1 : 0;
                }
            }
        }
        return n;
    }
}

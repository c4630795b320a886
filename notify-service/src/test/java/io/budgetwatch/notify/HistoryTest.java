package io.budgetwatch.notify;

import static io.budgetwatch.notify.Reports.documentId;
import static io.budgetwatch.notify.Reports.finding;
import static io.budgetwatch.notify.Reports.fingerprint;
import static io.budgetwatch.notify.Reports.report;
import static io.budgetwatch.notify.Reports.send;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.budgetwatch.events.EventJson;
import io.budgetwatch.events.Finding;
import io.budgetwatch.events.Severity;
import io.budgetwatch.testsupport.EmbeddedKafkaResource;
import io.budgetwatch.testsupport.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The alert history on the real broker and PostgreSQL: what happened to an alert, where, and why. */
@QuarkusTest
@WithTestResource(EmbeddedKafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(WebhookSink.class)
@WithTestResource(ChatSinks.class)
@WithTestResource(MailSink.class)
class HistoryTest {

    @Test
    void everyStateChangeAndDeliveryIsListedWithFiltersAndStablePages() throws Exception {
        String rule = "HIS-" + fingerprint().substring(0, 8);
        String fingerprint = fingerprint();
        Finding finding = finding(fingerprint, rule, Severity.CRITICAL);
        Instant before = Instant.now();
        WebhookSink.slowOnce.add(rule);
        send(report(documentId(), List.of(finding), List.of()));
        await().atMost(Duration.ofSeconds(30)).until(() -> events(fingerprint, "delivered", "webhook").size() == 1);

        List<JsonNode> failed = events(fingerprint, "failed", "webhook");
        assertEquals(1, failed.size(), "the attempt that timed out");
        String reason = failed.get(0).get("reason").asText();
        assertTrue(reason.contains("timeout") && reason.contains("POST /***"), reason);
        assertEquals(1, failed.get(0).get("attempt").asInt());
        assertEquals(2, events(fingerprint, "delivered", "webhook").get(0).get("attempt").asInt());
        JsonNode firing = events(fingerprint, "firing", null).get(0);
        assertEquals(rule, firing.get("ruleId").asText());
        assertEquals("critical", firing.get("severity").asText());
        assertEquals("石家庄市科学技术局", firing.get("department").asText());
        assertTrue(firing.get("receiver").isNull(), "a state change is no receiver's");

        send(report(documentId(), List.of(), List.of(finding)));
        await().atMost(Duration.ofSeconds(30)).until(() -> events(fingerprint, "resolved", null).size() == 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> events(fingerprint, "delivered", "webhook").size() == 2);

        List<JsonNode> all = page("/api/alerts/" + fingerprint + "/history?limit=500").items;
        List<String> oldestFirst = new ArrayList<>();
        all.forEach(e -> oldestFirst.add(0, e.get("event").asText() + (e.get("receiver").isNull() ? ""
                : "@" + e.get("receiver").asText())));
        assertEquals("firing", oldestFirst.get(0));
        assertTrue(oldestFirst.indexOf("failed@webhook") < oldestFirst.indexOf("delivered@webhook"), oldestFirst.toString());
        assertTrue(oldestFirst.indexOf("delivered@webhook") < oldestFirst.indexOf("resolved"), oldestFirst.toString());
        assertTrue(oldestFirst.containsAll(List.of("delivered@log", "delivered@dingtalk", "delivered@email")),
                "every receiver's delivery: " + oldestFirst);

        List<Long> paged = new ArrayList<>();
        Page page = page("/api/alerts/history?ruleId=" + rule + "&limit=2");
        while (true) {
            assertTrue(page.items.size() <= 2);
            page.items.forEach(e -> paged.add(e.get("id").asLong()));
            if (page.next == null) {
                break;
            }
            page = page("/api/alerts/history?ruleId=" + rule + "&limit=2&cursor=" + page.next);
        }
        assertEquals(all.stream().map(e -> e.get("id").asLong()).toList(), paged,
                "pages of two, followed by their cursors, list every event once, newest first");

        assertEquals(1, page("/api/alerts/history?ruleId=" + rule + "&department=科学技术局&severity=critical"
                + "&status=resolved&event=delivered&receiver=webhook&region=河北省&since=" + before).items.size());
        assertEquals(0, page("/api/alerts/history?ruleId=" + rule + "&until=" + before).items.size());
        assertEquals(0, page("/api/alerts/history?ruleId=" + rule + "&severity=warning").items.size());
    }

    @Test
    void aWebhooksTokenIsNeverListed() {
        String rule = "TOK-" + fingerprint().substring(0, 8);
        String fingerprint = fingerprint();
        WebhookSink.slowOnce.add(rule);
        send(report(documentId(), List.of(finding(fingerprint, rule, Severity.WARNING)), List.of()));
        await().atMost(Duration.ofSeconds(30)).until(() -> events(fingerprint, "delivered", "webhook").size() == 1);
        for (String path : List.of("/api/alerts/history?limit=500", "/api/outbox?limit=1000", "/api/deliveries?limit=1000")) {
            String body = given().when().get(path).then().statusCode(200).extract().asString();
            assertFalse(body.contains(WebhookSink.TOKEN), path + " lists the webhook's token");
        }
    }

    @Test
    void invalidFiltersAreProblemDetails() {
        for (String query : List.of("event=bogus", "status=bogus", "severity=bogus", "since=yesterday",
                "until=2026-13-01T00:00:00Z", "limit=0", "limit=501", "limit=abc", "cursor=bogus",
                "cursor=aDE6eA")) {
            given().when().get("/api/alerts/history?" + query).then().statusCode(400)
                    .contentType("application/problem+json").body("status", equalTo(400));
        }
    }

    private record Page(List<JsonNode> items, String next) {
    }

    private static Page page(String path) {
        try {
            JsonNode body = EventJson.mapper()
                    .readTree(given().when().get(path).then().statusCode(200).extract().asString());
            List<JsonNode> items = new ArrayList<>();
            body.get("items").forEach(items::add);
            return new Page(items, body.get("next").isNull() ? null : body.get("next").asText());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<JsonNode> events(String fingerprint, String event, String receiver) {
        Page page = page("/api/alerts/" + fingerprint + "/history?limit=500&event=" + event
                + (receiver == null ? "" : "&receiver=" + receiver));
        assertNull(page.next);
        return page.items;
    }
}

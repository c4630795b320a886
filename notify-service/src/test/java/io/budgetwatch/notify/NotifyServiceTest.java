package io.budgetwatch.notify;

import static io.budgetwatch.notify.Reports.documentId;
import static io.budgetwatch.notify.Reports.finding;
import static io.budgetwatch.notify.Reports.report;
import static io.budgetwatch.notify.Reports.send;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.budgetwatch.events.AlertStateChanged;
import io.budgetwatch.events.AlertStatus;
import io.budgetwatch.events.Department;
import io.budgetwatch.events.EventJson;
import io.budgetwatch.events.Evidence;
import io.budgetwatch.events.Finding;
import io.budgetwatch.events.Severity;
import io.budgetwatch.testsupport.EmbeddedKafkaResource;
import io.budgetwatch.testsupport.PostgresResource;
import io.budgetwatch.testsupport.Topics;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;


@QuarkusTest
@WithTestResource(EmbeddedKafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(WebhookSink.class)
@WithTestResource(ChatSinks.class)
@WithTestResource(MailSink.class)
class NotifyServiceTest {
    /** The key application.properties gives ops@example in the test profile. */
    static final String WRITE_KEY = "test-write-key";
    private static final Department SILENCED_DEPARTMENT = new Department("保定市财政局", "201", "河北省保定市");

    @BeforeEach
    void clearSink() {
        WebhookSink.bodies.clear();
        ChatSinks.posts.clear();
    }

    @Test
    void aFindingAlertsOnceAtTheWebhookAndResolvesWhenACorrectedDisclosureDropsIt() throws Exception {
        String fingerprint = UUID.randomUUID().toString().replace("-", "");
        Finding imbalance = finding(fingerprint, "3P-TOTAL", Severity.CRITICAL);
        Finding note = finding(UUID.randomUUID().toString(), "PLA-INFO", Severity.INFO);
        String firstDocument = "a".repeat(63) + "1";

        send(report(firstDocument, List.of(imbalance, note), List.of()));
        await().atMost(Duration.ofSeconds(30)).until(() -> WebhookSink.bodies.size() == 1);
        JsonNode firing = EventJson.mapper().readTree(WebhookSink.bodies.get(0));
        assertEquals("4", firing.get("version").asText(), "Alertmanager webhook v4");
        assertEquals("firing", firing.get("status").asText());
        assertEquals(1, firing.get("alerts").size(), "info findings do not alert at min-severity warning");
        JsonNode alert = firing.get("alerts").get(0);
        assertEquals("3P-TOTAL", alert.get("labels").get("ruleId").asText());
        assertEquals("3P-TOTAL", alert.get("labels").get("rule").asText(), "as webhook consumers read it");
        assertEquals("石家庄市科学技术局", alert.get("labels").get("department").asText());
        assertEquals(fingerprint, alert.get("fingerprint").asText());
        JsonNode annotations = alert.get("annotations");
        assertEquals("石家庄市科学技术局 2023年度 3P-TOTAL（严重）", annotations.get("summary").asText());
        assertTrue(annotations.get("description").asText().contains("合计 12.50 万元"));
        assertEquals(EVIDENCE, annotations.get("evidence").asText());

        send(report(firstDocument, List.of(imbalance, note), List.of()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().when().get("/api/alerts/" + fingerprint)
                .then().statusCode(200).body("occurrences", equalTo(2)));
        assertEquals(1, WebhookSink.bodies.size(), "the same finding twice alerts once");

        send(report("b".repeat(63) + "2", List.of(), List.of(imbalance)));
        await().atMost(Duration.ofSeconds(30)).until(() -> WebhookSink.bodies.size() == 2);
        JsonNode resolved = EventJson.mapper().readTree(WebhookSink.bodies.get(1));
        assertEquals("resolved", resolved.get("status").asText());
        assertEquals(fingerprint, resolved.get("alerts").get(0).get("fingerprint").asText());
        given().when().get("/api/alerts?status=bogus").then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("status must be firing or resolved"));
        given().when().get("/api/outbox?state=bogus").then().statusCode(400).contentType("application/problem+json");
        given().when().get("/api/alerts?status=resolved&department=科学技术局").then().statusCode(200)
                .body("findAll { it.alert.fingerprint == '" + fingerprint + "' }.size()", equalTo(1));

        List<AlertStateChanged> published = Topics.read(io.budgetwatch.events.Topics.ALERTS, Duration.ofSeconds(3),
                r -> fingerprint.equals(r.key())).stream()
                .map(r -> EventJson.read(r.value(), AlertStateChanged.class)).toList();
        assertEquals(List.of(AlertStatus.FIRING, AlertStatus.RESOLVED),
                published.stream().map(AlertStateChanged::status).toList());
    }

    @Test
    void aFailingWebhookIsRetriedAndTheAttemptsAreRecorded() {
        WebhookSink.failuresToAnswer.set(2);
        String fingerprint = UUID.randomUUID().toString().replace("-", "");
        send(report("c".repeat(63) + "3", List.of(finding(fingerprint, "BAL-SIDES", Severity.CRITICAL)), List.of()));

        await().atMost(Duration.ofSeconds(30)).until(() -> WebhookSink.bodies.size() == 1);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().when().get("/api/deliveries")
                .then().statusCode(200)
                .body("findAll { it.receiver.startsWith('webhook') && it.attempts == 3 && it.status == 'delivered' }"
                        + ".size()", equalTo(1)));
    }

    @Test
    void aFindingIsMailedInChineseWithItsNumbersAndALinkOverSmtp() throws Exception {
        String rule = "MAIL-" + UUID.randomUUID().toString().substring(0, 8);
        String fingerprint = UUID.randomUUID().toString().replace("-", "");
        send(report(documentId(), List.of(finding(fingerprint, rule, Severity.CRITICAL)), List.of()));

        await().atMost(Duration.ofSeconds(30)).until(() -> mail(rule) != null);
        MimeMessage mail = mail(rule);
        assertEquals("【预算公开告警】石家庄市科学技术局 2023年度 1 条", mail.getSubject());
        assertEquals(MailSink.TO, mail.getAllRecipients()[0].toString());
        assertEquals("budgetwatch@example.org", mail.getFrom()[0].toString());
        MimeMultipart alternative = (MimeMultipart) mail.getContent();
        String text = (String) alternative.getBodyPart(0).getContent();
        String html = (String) alternative.getBodyPart(1).getContent();
        assertChinese(text, rule, "告警中");
        assertChinese(html, rule, "告警中");
        assertTrue(html.matches("(?s).*href=\"http://[^\"/]+(:\\d+)?/api/alerts/" + fingerprint + "\".*"), html);
        assertTrue(text.contains("/api/alerts/" + fingerprint) && !text.contains("//api"), text);
    }

    private static MimeMessage mail(String marker) throws Exception {
        for (MimeMessage message : MailSink.server.getReceivedMessages()) {
            MimeMultipart alternative = (MimeMultipart) message.getContent();
            if (((String) alternative.getBodyPart(0).getContent()).contains(marker)) {
                return message;
            }
        }
        return null;
    }

    @Test
    void chatRobotsGetSignedChineseMessagesAndRejectedAnswersAreRetried() throws Exception {
        String rule = "CHAT-" + UUID.randomUUID().toString().substring(0, 8);
        String fingerprint = UUID.randomUUID().toString().replace("-", "");
        String document = documentId();
        Finding finding = finding(fingerprint, rule, Severity.CRITICAL);
        send(report(document, List.of(finding), List.of()));

        ChatSinks.Post dingtalk = awaitChat("/dingtalk/", rule);
        Map<String, String> query = query(dingtalk.query());
        assertEquals("dt-token", query.get("access_token"));
        long timestamp = Long.parseLong(query.get("timestamp"));
        assertTrue(Math.abs(System.currentTimeMillis() - timestamp) < 60_000, "a millisecond timestamp");
        assertEquals(hmacBase64(ChatSinks.DINGTALK_SECRET, timestamp + "\n" + ChatSinks.DINGTALK_SECRET),
                query.get("sign"));
        JsonNode dingtalkBody = EventJson.mapper().readTree(dingtalk.body());
        assertEquals("markdown", dingtalkBody.get("msgtype").asText());
        assertTrue(dingtalkBody.get("markdown").get("title").asText().contains("石家庄市科学技术局"));
        assertChinese(dingtalkBody.get("markdown").get("text").asText(), rule, "告警中");

        JsonNode wecom = EventJson.mapper().readTree(awaitChat("/wecom/", rule).body());
        assertEquals("markdown", wecom.get("msgtype").asText());
        assertChinese(wecom.get("markdown").get("content").asText(), rule, "告警中");

        JsonNode feishu = EventJson.mapper().readTree(awaitChat("/feishu/", rule).body());
        long seconds = Long.parseLong(feishu.get("timestamp").asText());
        assertTrue(Math.abs(System.currentTimeMillis() / 1000 - seconds) < 60, "a second timestamp");
        assertEquals(hmacBase64(seconds + "\n" + ChatSinks.FEISHU_SECRET, ""), feishu.get("sign").asText());
        assertEquals("text", feishu.get("msg_type").asText());
        assertChinese(feishu.get("content").get("text").asText(), rule, "告警中");
        awaitDeliveries(document, "feishu", 1);

        ChatSinks.posts.clear();
        send(report(documentId(), List.of(), List.of(finding)));
        assertChinese(EventJson.mapper().readTree(awaitChat("/feishu/", rule).body()).get("content").get("text")
                .asText(), rule, "已恢复");

        String rejectedRule = "CHAT-" + UUID.randomUUID().toString().substring(0, 8);
        String rejectedDocument = documentId();
        ChatSinks.rejectOnce.add(rejectedRule);
        send(report(rejectedDocument, List.of(finding(UUID.randomUUID().toString().replace("-", ""), rejectedRule,
                Severity.WARNING)), List.of()));
        awaitChat("/", rejectedRule);
        awaitDeliveries(rejectedDocument, "dingtalk", 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().when().get("/api/deliveries").then()
                .statusCode(200)
                .body("findAll { it.groupKey.contains('" + rejectedDocument + "') && it.status == 'delivered' }"
                        + ".collect { it.attempts }.sum()", equalTo(7),
                        "findAll { it.groupKey.contains('" + rejectedDocument + "') }.size()", equalTo(6)));
    }

    @Test
    void onlyAnAuthenticatedIdentityCanSilenceAndWhatItHoldsBackIsSentWhenExpired() {
        Map<String, Object> silence = Map.of("matchers",
                List.of(Map.of("name", "department", "value", SILENCED_DEPARTMENT.name()),
                        Map.of("name", "ruleId", "value", "3P-.*", "isRegex", true),
                        Map.of("name", "severity", "value", "info", "isEqual", false)),
                "endsAt", Instant.now().plus(Duration.ofHours(1)).toString(), "createdBy", "mallory",
                "comment", "正在更正");
        given().contentType("application/json").body(silence).when().post("/api/silences").then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer")).contentType("application/problem+json");
        given().contentType("application/json").header("Authorization", "Bearer wrong-key").body(silence).when()
                .post("/api/silences").then().statusCode(401);
        String silenceId = given().contentType("application/json").header("X-API-Key", WRITE_KEY).body(silence)
                .when().post("/api/silences").then().statusCode(201).body("state", equalTo("active"))
                .body("createdBy", equalTo("ops@example"))
                .body("matchers[1].name", equalTo("ruleId"), "matchers[1].isRegex", equalTo(true),
                        "matchers[2].isEqual", equalTo(false), "matchers[0].isRegex", equalTo(false))
                .extract().path("id");
        refused(Map.of("matchers", List.of(), "endsAt", Instant.now().plus(Duration.ofHours(1)).toString()),
                "a silence needs matchers: [{name, value, isRegex?, isEqual?}, ...]");
        refused(Map.of("matchers", List.of(Map.of("name", "region", "value", "河北省(", "isRegex", true)),
                "endsAt", Instant.now().plus(Duration.ofHours(1)).toString()),
                "invalid regex in matcher region=~河北省(");
        refused(Map.of("matchers", List.of(Map.of("name", "ruleId", "value", ".*", "isRegex", true)),
                "endsAt", Instant.now().plus(Duration.ofHours(1)).toString()), "a silence needs at least one matcher"
                        + " that does not match the empty string, e.g. {\"name\": \"ruleId\", \"value\": \"BAL-003\"}");
        refused(Map.of("matchers", List.of(Map.of("name", "ruleId", "value", "X")),
                "endsAt", Instant.now().minusSeconds(1).toString()), "endsAt must be in the future");

        String muted = UUID.randomUUID().toString().replace("-", "");
        String notMuted = UUID.randomUUID().toString().replace("-", "");
        String document = documentId();
        send(report(SILENCED_DEPARTMENT, document, List.of(finding(muted, "3P-TOTAL", Severity.CRITICAL),
                finding(notMuted, "YOY-002", Severity.WARNING)), List.of()));
        await().atMost(Duration.ofSeconds(30)).until(() -> WebhookSink.bodies.stream().anyMatch(b -> b.contains(notMuted)));
        assertTrue(WebhookSink.bodies.stream().noneMatch(b -> b.contains(muted)), "the silenced alert is not sent");
        given().when().get("/api/alerts/" + muted).then().statusCode(200).body("alert.status", equalTo("firing"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().when().get("/api/deliveries").then()
                .statusCode(200).body("findAll { it.groupKey.contains('" + document + "') && it.status == 'silenced'"
                        + " && it.receiver == 'silence:" + silenceId + "' && it.alerts == 1 }.size()", equalTo(1)));

        given().when().get("/api/silences").then().statusCode(200)
                .body("find { it.id == '" + silenceId + "' }.state", equalTo("active"))
                .body("find { it.id == '" + silenceId + "' }.matchers[0].value", equalTo("保定市财政局"))
                .body("find { it.id == '" + silenceId + "' }.createdBy", equalTo("ops@example"));
        given().when().delete("/api/silences/" + silenceId).then().statusCode(401);
        given().header("Authorization", "Bearer " + WRITE_KEY).when().delete("/api/silences/" + silenceId).then()
                .statusCode(200).body("state", equalTo("expired"));
        given().header("Authorization", "Bearer " + WRITE_KEY).when().delete("/api/silences/" + UUID.randomUUID())
                .then().statusCode(404);
        given().when().get("/api/silences").then().statusCode(200)
                .body("find { it.id == '" + silenceId + "' }.state", equalTo("expired"));
        await().atMost(Duration.ofSeconds(30)).until(() -> WebhookSink.bodies.stream().anyMatch(b -> b.contains(muted)));
        assertEquals(1, WebhookSink.bodies.stream().filter(b -> b.contains(muted)).count(),
                "what the silence held back and still fires is sent once it is expired");

        String afterExpiry = UUID.randomUUID().toString().replace("-", "");
        send(report(SILENCED_DEPARTMENT, documentId(), List.of(finding(afterExpiry, "3P-TOTAL", Severity.CRITICAL)),
                List.of()));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> WebhookSink.bodies.stream().anyMatch(b -> b.contains(afterExpiry)));
    }

    private static void refused(Map<String, Object> silence, String detail) {
        given().contentType("application/json").header("Authorization", "Bearer " + WRITE_KEY).body(silence)
                .when().post("/api/silences").then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400), "detail", equalTo(detail));
    }

    /** Where {@link Reports#finding} says its numbers are, as notifications name it. */
    @Test
    void aTableReadIncompletelyMutesItsBalanceAlertsUntilItIsReadAndTheOtherTablesStillAlert() throws Exception {
        String document = documentId();
        String unread = UUID.randomUUID().toString().replace("-", "");
        String read = UUID.randomUUID().toString().replace("-", "");
        Finding incomplete = inTable(finding(UUID.randomUUID().toString(), "CMP-002", "completeness", Severity.INFO),
                "general_budget_expenditure");
        Finding unreadImbalance = inTable(finding(unread, "BAL-002", "balance", Severity.CRITICAL),
                "general_budget_expenditure");
        Finding readImbalance = inTable(finding(read, "BAL-002", "balance", Severity.CRITICAL),
                "income_expenditure_summary");

        send(report(document, List.of(incomplete, unreadImbalance, readImbalance), List.of()));
        await().atMost(Duration.ofSeconds(30)).until(() -> WebhookSink.bodies.size() == 1);
        JsonNode firing = EventJson.mapper().readTree(WebhookSink.bodies.get(0));
        assertEquals(1, firing.get("alerts").size(), "the CMP-002 (info) and the alert it mutes are not sent");
        assertEquals(read, firing.get("alerts").get(0).get("fingerprint").asText());
        assertEquals("income_expenditure_summary", firing.get("alerts").get(0).get("labels").get("table").asText());
        // Held for every receiver, and the history says by what.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().when().get("/api/alerts/" + unread
                + "/history").then().statusCode(200)
                .body("items.findAll { it.event == 'inhibited' }.size()", greaterThan(0))
                .body("items.findAll { it.event == 'inhibited' }.reason",
                        everyItem(equalTo("inhibited-by:" + incomplete.fingerprint()))));

        // The table read in full next time: CMP-002 resolves and releases what it held back.
        send(report(document, List.of(unreadImbalance, readImbalance), List.of(incomplete)));
        await().atMost(Duration.ofSeconds(30)).until(() -> WebhookSink.bodies.size() == 2);
        JsonNode released = EventJson.mapper().readTree(WebhookSink.bodies.get(1));
        assertEquals("firing", released.get("status").asText());
        assertEquals(List.of(unread), fingerprints(released));
        assertEquals(List.of(), Topics.read(io.budgetwatch.events.Topics.ALERTS, Duration.ofSeconds(2),
                r -> incomplete.fingerprint().equals(r.key())), "an alert kept only to inhibit is not published");
    }

    private static Finding inTable(Finding finding, String table) {
        return new Finding(finding.ruleId(), finding.category(), finding.severity(), finding.message(),
                finding.expected(), finding.actual(), finding.difference(), finding.tolerance(),
                List.of(new Evidence(table, 8, null, null, null)), finding.fingerprint());
    }

    private static List<String> fingerprints(JsonNode payload) {
        List<String> fingerprints = new java.util.ArrayList<>();
        payload.get("alerts").forEach(a -> fingerprints.add(a.get("fingerprint").asText()));
        return fingerprints;
    }

    private static final String EVIDENCE = "财政拨款“三公”经费支出表 第25页 行 “三公”经费合计 列 金额";

    private static void assertChinese(String text, String rule, String status) {
        for (String part : List.of("石家庄市科学技术局", "2023年", rule, "合计 12.50 万元", status)) {
            assertTrue(text.contains(part), part + " in " + text);
        }
        if (status.equals("告警中")) {
            assertTrue(text.contains("严重"), "severity in " + text);
            assertTrue(text.contains(EVIDENCE), "evidence in " + text);
        }
    }

    private static ChatSinks.Post awaitChat(String pathPrefix, String marker) {
        await().atMost(Duration.ofSeconds(30)).until(() -> ChatSinks.posts.stream()
                .anyMatch(p -> p.path().startsWith(pathPrefix) && p.body().contains(marker)));
        return ChatSinks.posts.stream().filter(p -> p.path().startsWith(pathPrefix) && p.body().contains(marker))
                .findFirst().orElseThrow();
    }

    private static void awaitDeliveries(String document, String receiver, int count) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().when().get("/api/deliveries").then()
                .statusCode(200).body("findAll { it.groupKey.contains('" + document + "') && it.receiver == '"
                        + receiver + "' }.size()", equalTo(count)));
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new java.util.HashMap<>();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            query.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return query;
    }

    private static String hmacBase64(String key, String data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
    }
}

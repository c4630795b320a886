package io.budgetwatch.notify;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.budgetwatch.events.AlertStateChanged;
import io.budgetwatch.events.AlertStatus;
import io.budgetwatch.events.Department;
import io.budgetwatch.events.DisclosureKind;
import io.budgetwatch.events.EventJson;
import io.budgetwatch.events.Evidence;
import io.budgetwatch.events.Finding;
import io.budgetwatch.events.ReconciliationReport;
import io.budgetwatch.events.Severity;
import io.budgetwatch.events.Stats;
import io.budgetwatch.testsupport.EmbeddedKafkaResource;
import io.budgetwatch.testsupport.PostgresResource;
import io.budgetwatch.testsupport.Topics;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(EmbeddedKafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(WebhookSink.class)
class NotifyServiceTest {
    private static final Department DEPARTMENT = new Department("石家庄市科学技术局", "306", "河北省石家庄市");

    @BeforeEach
    void clearSink() {
        WebhookSink.bodies.clear();
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
        assertEquals("3P-TOTAL", alert.get("labels").get("rule").asText());
        assertEquals("石家庄市科学技术局", alert.get("labels").get("department").asText());
        assertEquals(fingerprint, alert.get("fingerprint").asText());
        assertTrue(alert.get("annotations").get("summary").asText().contains("12.50"));

        send(report(firstDocument, List.of(imbalance, note), List.of()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().when().get("/api/alerts/" + fingerprint)
                .then().statusCode(200).body("occurrences", equalTo(2)));
        assertEquals(1, WebhookSink.bodies.size(), "the same finding twice alerts once");

        send(report("b".repeat(63) + "2", List.of(), List.of(imbalance)));
        await().atMost(Duration.ofSeconds(30)).until(() -> WebhookSink.bodies.size() == 2);
        JsonNode resolved = EventJson.mapper().readTree(WebhookSink.bodies.get(1));
        assertEquals("resolved", resolved.get("status").asText());
        assertEquals(fingerprint, resolved.get("alerts").get(0).get("fingerprint").asText());
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

    private static Finding finding(String fingerprint, String ruleId, Severity severity) {
        return new Finding(ruleId, "three_public", severity,
                "“三公”经费支出表：合计 12.50 万元 ≠ 各项之和 12.00 万元，差额 0.50 万元", new BigDecimal("125000"),
                new BigDecimal("120000"), new BigDecimal("5000"), new BigDecimal("150"),
                List.of(new Evidence("three_public_expenditure", 25, "threePublicTotal", "amount", null)),
                fingerprint);
    }

    private static ReconciliationReport report(String documentId, List<Finding> findings, List<Finding> resolved) {
        return new ReconciliationReport(ReconciliationReport.SCHEMA_VERSION, UUID.randomUUID().toString(), documentId,
                DEPARTMENT.key(), DEPARTMENT, 2023, DisclosureKind.BUDGET, "test", findings, resolved,
                new Stats(10, 10 - findings.size(), findings.size(), 0), Instant.now());
    }

    private static void send(ReconciliationReport report) {
        Topics.send(io.budgetwatch.events.Topics.FINDINGS, report.departmentKey(), EventJson.writeString(report));
    }
}

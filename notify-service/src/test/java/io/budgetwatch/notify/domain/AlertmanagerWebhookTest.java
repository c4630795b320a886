package io.budgetwatch.notify.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.budgetwatch.events.AlertStatus;
import io.budgetwatch.events.EventJson;
import io.budgetwatch.events.Severity;
import io.budgetwatch.notify.config.RoutesFile;

/**
 * Our webhook payload against the one Alertmanager sends for the same alerts. The reference,
 * {@code alertmanager/webhook-v4.json}, is written from Alertmanager's source: {@code notify/webhook.Message}
 * ({@code template.Data} embedded, then {@code version}, {@code groupKey}, {@code truncatedAlerts}) and
 * {@code template.Alert}, with their JSON names, Go's types (times RFC 3339, a firing alert's {@code endsAt}
 * Go's zero time, {@code truncatedAlerts} a number) and {@code template.Data}'s rules for {@code commonLabels}
 * and {@code commonAnnotations}.
 */
class AlertmanagerWebhookTest {
    private static final Set<String> TIMES = Set.of("startsAt", "endsAt");

    private static final AlertChange FIRING = new AlertChange("5f0c3e7a", AlertStatus.FIRING,
            "河北省石家庄市/石家庄市科学技术局#306", "石家庄市科学技术局", "河北省石家庄市", 2023, "d0c", null, "3P-001", "three_public",
            Severity.CRITICAL, "“三公”经费支出表：合计 12.50 万元 ≠ 各项之和 12.00 万元，差额 0.50 万元",
            "财政拨款“三公”经费支出表 第25页 行 “三公”经费合计 列 金额",
            Instant.parse("2026-03-01T08:00:00.123Z"), null);
    private static final AlertChange RESOLVED = new AlertChange("9a41b2d8", AlertStatus.RESOLVED,
            "河北省石家庄市/石家庄市科学技术局#306", "石家庄市科学技术局", "河北省石家庄市", 2023, "d0c", null, "3P-004", "three_public",
            Severity.WARNING, "公务接待费 3.00 万元，上年 1.00 万元，增长 200.00%",
            "财政拨款“三公”经费支出表 第25页 行 公务接待费 列 金额", Instant.parse("2026-02-27T10:15:00Z"),
            Instant.parse("2026-03-01T09:30:00Z"));

    @Test
    void thePayloadHasAlertmanagersFieldsTypesAndValuesOneByOne() throws IOException {
        JsonNode reference = reference();
        JsonNode ours = sent(List.of(FIRING, RESOLVED));
        List<String> differences = new ArrayList<>();
        compare("$", reference, ours, differences);
        assertEquals(List.of(), differences, "field by field against Alertmanager's payload");
    }

    @Test
    void timesAreRfc3339AndAFiringAlertHasGosZeroEnd() throws IOException {
        JsonNode ours = sent(List.of(FIRING, RESOLVED));
        for (JsonNode alert : ours.get("alerts")) {
            for (String field : TIMES) {
                OffsetDateTime.parse(alert.get(field).asText(), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            }
        }
        assertEquals("0001-01-01T00:00:00Z", ours.at("/alerts/0/endsAt").asText());
        assertTrue(ours.get("truncatedAlerts").isIntegralNumber());
    }

    @Test
    void aSingleAlertsLabelsAndAnnotationsAreAllCommon() throws IOException {
        JsonNode ours = sent(List.of(RESOLVED));
        assertEquals("resolved", ours.get("status").asText(), "resolved when no alert of the group fires");
        assertEquals(ours.at("/alerts/0/labels"), ours.get("commonLabels"));
        assertEquals(ours.at("/alerts/0/annotations"), ours.get("commonAnnotations"));
    }

    @Test
    void alertsLinkToTheirFindingInTheConsoleWhenOneIsConfiguredAndToTheirJsonOtherwise() throws IOException {
        JsonNode withConsole = sent(List.of(FIRING), new AlertLinks("http://notify.example:8093/",
                Optional.of("https://console.example/")));
        assertEquals("https://console.example/findings/5f0c3e7a", withConsole.at("/alerts/0/generatorURL").asText());
        assertEquals("http://notify.example:8093", withConsole.get("externalURL").asText(),
                "externalURL stays this service, as Alertmanager's is itself");
        assertEquals("http://notify.example:8093/api/alerts/5f0c3e7a",
                sent(List.of(FIRING)).at("/alerts/0/generatorURL").asText());
    }

    private static JsonNode sent(List<AlertChange> alerts) throws IOException {
        return sent(alerts, AlertLinks.serviceOnly("http://notify.example:8093/"));
    }

    /** The bytes the webhook receiver POSTs, for the group our default routes put the alerts in. */
    private static JsonNode sent(List<AlertChange> alerts, AlertLinks links) throws IOException {
        Dispatch.Group group = Dispatch.groups(RoutesFile.everyReceiver(List.of("log", "webhook")), alerts).stream()
                .filter(g -> g.receiver().equals("webhook")).findFirst().orElseThrow();
        Notification notification = new Notification(group.groupKey(), group.groupLabels(), group.alerts());
        return EventJson.mapper().readTree(EventJson.write(
                AlertmanagerWebhook.payload("webhook", links, notification)));
    }

    private static JsonNode reference() throws IOException {
        try (InputStream in = AlertmanagerWebhookTest.class.getResourceAsStream("/alertmanager/webhook-v4.json")) {
            return EventJson.mapper().readTree(in);
        }
    }

    /** Every field of {@code expected} present in {@code actual} with its JSON type and value, and no other. */
    private static void compare(String path, JsonNode expected, JsonNode actual, List<String> differences) {
        if (actual == null || actual.isMissingNode()) {
            differences.add(path + ": missing");
            return;
        }
        if (expected.getNodeType() != actual.getNodeType()) {
            differences.add(path + ": " + actual.getNodeType() + " instead of " + expected.getNodeType());
            return;
        }
        if (expected.isObject()) {
            expected.fieldNames().forEachRemaining(f -> compare(path + "." + f, expected.get(f), actual.get(f),
                    differences));
            actual.fieldNames().forEachRemaining(f -> {
                if (!expected.has(f)) {
                    differences.add(path + "." + f + ": not in Alertmanager's payload");
                }
            });
        } else if (expected.isArray()) {
            if (expected.size() != actual.size()) {
                differences.add(path + ": " + actual.size() + " elements instead of " + expected.size());
            }
            for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
                compare(path + "[" + i + "]", expected.get(i), actual.get(i), differences);
            }
        } else if (!expected.equals(actual)) {
            differences.add(path + ": " + actual + " instead of " + expected);
        }
    }
}

package io.budgetwatch.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ConsoleWebhookTest {
    /** Alertmanager webhook v4, as notify-service sends it (trimmed to what the console shows). */
    private static final String PAYLOAD = """
            {"version":"4","status":"firing","groupLabels":{"department":"石家庄市科学技术局"},
             "alerts":[
              {"status":"firing","labels":{"rule":"three_public.total","department":"石家庄市科学技术局",
               "year":"2023","severity":"critical","category":"three_public"},
               "annotations":{"summary":"“三公”经费合计 12.00 万元，\\n分项之和 11.00 万元"},"fingerprint":"f1"},
              {"status":"resolved","labels":{"rule":"balance.totals","department":"石家庄市科学技术局",
               "year":"2023","severity":"warning"},"annotations":{"summary":"收支平衡"},"fingerprint":"f2"}]}
            """;

    @Test
    void printsOneLinePerAlertWithStatusSeverityDepartmentYearRuleAndSummary() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8));
        try (ConsoleWebhook webhook = ConsoleWebhook.start(console)) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(webhook.url())
                    .POST(HttpRequest.BodyPublishers.ofString(PAYLOAD, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertEquals(200, response.statusCode());
            assertEquals(2, webhook.alertsReceived());
            assertTrue(webhook.lastReceivedNanos() != 0);
        }
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(2, lines.length);
        assertTrue(lines[0].endsWith("ALERT FIRING   critical 石家庄市科学技术局 2023 three_public.total: "
                + "“三公”经费合计 12.00 万元， 分项之和 11.00 万元"), lines[0]);
        assertTrue(lines[1].endsWith("ALERT RESOLVED warning  石家庄市科学技术局 2023 balance.totals: 收支平衡"), lines[1]);
    }

    @Test
    void rejectsWhatIsNotJson() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ConsoleWebhook webhook = ConsoleWebhook.start(new Console(new PrintStream(out, true,
                StandardCharsets.UTF_8)))) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(webhook.url())
                    .POST(HttpRequest.BodyPublishers.ofString("alert!")).build(), HttpResponse.BodyHandlers.ofString());

            assertEquals(400, response.statusCode());
            assertEquals(0, webhook.alertsReceived());
        }
    }
}

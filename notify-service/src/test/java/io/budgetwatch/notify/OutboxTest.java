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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.budgetwatch.events.EventJson;
import io.budgetwatch.events.Finding;
import io.budgetwatch.events.Severity;
import io.budgetwatch.notify.persistence.OutboxStore;
import io.budgetwatch.notify.service.OutboxSender;
import io.budgetwatch.notify.service.Pipeline;
import io.budgetwatch.testsupport.EmbeddedKafkaResource;
import io.budgetwatch.testsupport.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The outbox on the real broker and PostgreSQL: nothing is lost while a receiver is down or the sender stopped or
 * killed, nothing is sent twice, and what cannot be delivered in time is given up visibly.
 */
@QuarkusTest
@WithTestResource(EmbeddedKafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(WebhookSink.class)
@WithTestResource(ChatSinks.class)
@WithTestResource(MailSink.class)
class OutboxTest {
    private static final Duration SETTLE = Duration.ofSeconds(1);

    @Inject
    OutboxSender sender;

    @Inject
    OutboxStore outbox;

    @Inject
    Pipeline pipeline;

    @Inject
    Pool pool;

    @BeforeEach
    void clearSinks() {
        WebhookSink.bodies.clear();
        ChatSinks.posts.clear();
    }

    @AfterEach
    void receiverUpAndSenderRunning() {
        WebhookSink.down.set(false);
        sender.start();
    }

    @Test
    void aReceiverDownForAWhileGetsEveryGroupOnceAndInOrderWhenItIsBack() throws Exception {
        WebhookSink.down.set(true);
        List<String> fingerprints = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String fingerprint = fingerprint();
            fingerprints.add(fingerprint);
            send(report(documentId(), List.of(finding(fingerprint, "BAL-DOWN", Severity.CRITICAL)), List.of()));
        }
        Instant down = Instant.now();
        await().atMost(Duration.ofSeconds(30)).until(() -> row("webhook", fingerprints.get(0)).path("attempts").asInt() >= 5);
        JsonNode head = row("webhook", fingerprints.get(0));
        assertEquals("pending", head.path("state").asText());
        assertEquals("HTTP 500", head.path("lastError").asText());
        assertEquals(0, row("webhook", fingerprints.get(2)).path("attempts").asInt(),
                "later groups wait behind the first, so they arrive in order");
        await().atMost(Duration.ofSeconds(30)).until(() -> Duration.between(down, Instant.now()).toMillis() > 2500);
        int attempts = row("webhook", fingerprints.get(0)).path("attempts").asInt();
        assertTrue(attempts < 15, "back-off grows (50 ms doubling to 500 ms): " + attempts + " attempts in 2.5 s");
        WebhookSink.down.set(false);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> fingerprints.stream().allMatch(f -> delivered(f) == 1));
        Thread.sleep(SETTLE.toMillis());
        fingerprints.forEach(f -> assertEquals(1, delivered(f), "delivered exactly once"));
        List<Integer> order = fingerprints.stream().map(f -> indexOfBody(f)).toList();
        assertEquals(order.stream().sorted().toList(), order, "groups arrive in the order they were queued");
        assertEquals("delivered", row("webhook", fingerprints.get(0)).path("state").asText());
        given().when().get("/api/deliveries").then().statusCode(200).body("findAll { it.receiver == 'webhook' "
                + "&& it.status == 'delivered' && it.attempts == " + row("webhook", fingerprints.get(0))
                        .path("attempts").asInt() + " }.size()", equalTo(1));
    }

    @Test
    void aStoppedSenderLosesNothingAndSendsEachNotificationOnceWhenStartedAgain() throws Exception {
        WebhookSink.down.set(true);
        String midRetry = fingerprint();
        send(report(documentId(), List.of(finding(midRetry, "BAL-RESTART", Severity.CRITICAL)), List.of()));
        await().atMost(Duration.ofSeconds(30)).until(() -> row("webhook", midRetry).path("attempts").asInt() >= 2);

        sender.stop().get(10, TimeUnit.SECONDS);
        WebhookSink.down.set(false);
        String whileStopped = fingerprint();
        send(report(documentId(), List.of(finding(whileStopped, "BAL-RESTART", Severity.CRITICAL)), List.of()));
        await().atMost(Duration.ofSeconds(30)).until(() -> row("webhook", whileStopped).path("state").asText()
                .equals("pending"));
        Thread.sleep(SETTLE.toMillis());
        assertEquals(0, delivered(midRetry) + delivered(whileStopped), "nothing is sent while the sender is stopped");

        sender.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> delivered(midRetry) == 1 && delivered(whileStopped) == 1);
        Thread.sleep(SETTLE.toMillis());
        assertEquals(1, delivered(midRetry));
        assertEquals(1, delivered(whileStopped));
    }

    @Test
    void aSenderKilledAfterClaimingLeavesItsRowsToBeSentOnceTheLeaseEnds() throws Throwable {
        sender.stop().get(10, TimeUnit.SECONDS);
        String fingerprint = fingerprint();
        send(report(documentId(), List.of(finding(fingerprint, "BAL-KILLED", Severity.CRITICAL)), List.of()));
        await().atMost(Duration.ofSeconds(30)).until(() -> !row("webhook", fingerprint).isMissingNode());
        long id = row("webhook", fingerprint).path("id").asLong();
        // A replica that claims and is killed (kill -9) before sending or recording anything.
        List<OutboxStore.Claim> claimed = VertxContextSupport
                .subscribeAndAwait(() -> outbox.claim(Instant.now(), Duration.ofSeconds(3), 50, pipeline.get(),
                        receiver -> false));
        assertTrue(claimed.stream().anyMatch(c -> c.id() == id), "the dead replica held the row");

        sender.start();
        Thread.sleep(SETTLE.toMillis());
        assertEquals(0, delivered(fingerprint), "another sender leaves a leased row alone");
        await().atMost(Duration.ofSeconds(30)).until(() -> delivered(fingerprint) == 1);
        Thread.sleep(SETTLE.toMillis());
        assertEquals(1, delivered(fingerprint));
        assertEquals(2, row("webhook", fingerprint).path("attempts").asInt(), "the dead replica's attempt counts");
    }

    @Test
    void aRowLockedByAnotherReplicaIsSkippedAndSentOnce() throws Exception {
        sender.stop().get(10, TimeUnit.SECONDS);
        String fingerprint = fingerprint();
        send(report(documentId(), List.of(finding(fingerprint, "BAL-LOCKED", Severity.CRITICAL)), List.of()));
        await().atMost(Duration.ofSeconds(30)).until(() -> !row("webhook", fingerprint).isMissingNode());
        long id = row("webhook", fingerprint).path("id").asLong();

        SqlConnection replica = pool.getConnection().await().atMost(Duration.ofSeconds(10));
        try {
            replica.query("begin").execute().await().atMost(Duration.ofSeconds(10));
            replica.preparedQuery("select id from outbox where id = $1 for update").execute(Tuple.of(id)).await()
                    .atMost(Duration.ofSeconds(10));
            sender.start();
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> row("wecom", fingerprint).path("state").asText().equals("delivered"));
            Thread.sleep(SETTLE.toMillis());
            assertEquals(0, delivered(fingerprint), "the sender skips the row another replica has locked");
            assertEquals(0, row("webhook", fingerprint).path("attempts").asInt());
            replica.query("commit").execute().await().atMost(Duration.ofSeconds(10));
        } finally {
            replica.close().await().atMost(Duration.ofSeconds(10));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> delivered(fingerprint) == 1);
        Thread.sleep(SETTLE.toMillis());
        assertEquals(1, delivered(fingerprint));
    }

    @Test
    void aNotificationStillFailingAfterTheMaximumAgeIsGivenUpRecordedAndCounted() throws Exception {
        WebhookSink.down.set(true);
        String fingerprint = fingerprint();
        String document = documentId();
        send(report(document, List.of(finding(fingerprint, "BAL-EXPIRED", Severity.CRITICAL)), List.of()));
        await().atMost(Duration.ofSeconds(30)).until(() -> row("webhook", fingerprint).path("attempts").asInt() >= 1);
        long id = row("webhook", fingerprint).path("id").asLong();
        // As if it had been queued two days ago (the maximum age is one day). With the sender stopped: a round in
        // flight writes the whole row back when it records its outcome, and would undo the change.
        sender.stop().get(10, TimeUnit.SECONDS);
        pool.preparedQuery("update outbox set created_at = created_at - interval '2 days' where id = $1")
                .execute(Tuple.of(id)).await().atMost(Duration.ofSeconds(10));
        sender.start();

        await().atMost(Duration.ofSeconds(30)).until(() -> row("webhook", fingerprint).path("state").asText()
                .equals("expired"));
        given().when().get("/api/deliveries").then().statusCode(200)
                .body("findAll { it.groupKey.contains('" + document + "') && it.receiver == 'webhook' "
                        + "&& it.status == 'expired' && it.error == 'HTTP 500' }.size()", equalTo(1));
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.lines().anyMatch(l -> l.startsWith("budgetwatch_notify_deliveries_total")
                && l.contains("outcome=\"expired\"") && l.contains("receiver=\"webhook\"")), "counted");
        WebhookSink.down.set(false);
        Thread.sleep(SETTLE.toMillis());
        assertEquals(0, delivered(fingerprint), "an expired notification is not sent");
    }

    @Test
    void whatASilenceHeldBackIsSentWhenItEndsIfStillFiring() throws Exception {
        String rule = "SIL-" + fingerprint().substring(0, 8);
        // Long enough for the report to be read (seconds on this machine) while the silence is still on.
        Instant silenceEnd = Instant.now().plusSeconds(10);
        given().contentType("application/json").header("Authorization", "Bearer " + NotifyServiceTest.WRITE_KEY)
                .body(Map.of("matchers", List.of(Map.of("name", "ruleId", "value", rule)), "endsAt", silenceEnd.toString(), "comment", "维护窗口"))
                .when().post("/api/silences").then().statusCode(201);
        String stillFiring = fingerprint();
        String resolvedMeanwhile = fingerprint();
        send(report(documentId(), List.of(finding(stillFiring, rule, Severity.CRITICAL),
                finding(resolvedMeanwhile, rule, Severity.CRITICAL)), List.of()));
        await().atMost(Duration.ofSeconds(30)).until(() -> row("webhook", stillFiring).path("state").asText()
                .equals("held"));
        send(report(documentId(), List.of(), List.of(finding(resolvedMeanwhile, rule, Severity.CRITICAL))));

        await().atMost(Duration.ofSeconds(30)).until(() -> delivered(stillFiring) == 1);
        assertTrue(!Instant.now().isBefore(silenceEnd), "held until the silence ended");
        Thread.sleep(SETTLE.toMillis());
        assertEquals(1, delivered(stillFiring));
        for (String body : WebhookSink.bodies) {
            for (JsonNode alert : EventJson.mapper().readTree(body).get("alerts")) {
                if (alert.get("fingerprint").asText().equals(resolvedMeanwhile)) {
                    assertEquals("resolved", alert.get("status").asText(), "no longer firing, so not sent as firing");
                }
            }
        }
    }

    @Test
    void aCriticalInhibitsItsFamilysWarningsUntilItResolves() throws Exception {
        String critical = fingerprint();
        String warning = fingerprint();
        String document = documentId();
        Finding imbalance = finding(critical, "BAL-003", "balance", Severity.CRITICAL);
        send(report(document, List.of(imbalance, finding(warning, "BAL-005", "balance", Severity.WARNING)),
                List.of()));
        await().atMost(Duration.ofSeconds(30)).until(() -> delivered(critical) == 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> row("webhook", warning).path("state").asText()
                .equals("held"));
        assertEquals(0, delivered(warning), "inhibited while the critical of its family fires");
        given().when().get("/api/deliveries").then().statusCode(200).body("findAll { it.groupKey.contains('"
                + document + "') && it.status == 'inhibited' && it.receiver == 'inhibited-by:" + critical
                + "' }.size()", equalTo(1));

        send(report(documentId(), List.of(), List.of(imbalance)));
        await().atMost(Duration.ofSeconds(30)).until(() -> delivered(warning) == 1);
        Thread.sleep(SETTLE.toMillis());
        assertEquals(1, delivered(warning), "sent once the inhibiting alert resolved, as it still fires");
    }

    /** The outbox row for {@code receiver} that carries {@code fingerprint}'s first change; missing if none. */
    private static JsonNode row(String receiver, String fingerprint) throws Exception {
        JsonNode rows = EventJson.mapper()
                .readTree(given().when().get("/api/outbox?limit=1000").then().statusCode(200).extract().asString());
        JsonNode found = null;
        for (JsonNode row : rows) {
            boolean carries = false;
            for (JsonNode f : row.get("fingerprints")) {
                carries |= f.asText().equals(fingerprint);
            }
            if (carries && row.get("receiver").asText().equals(receiver)) {
                found = row;
            }
        }
        return found == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : found;
    }

    private static long delivered(String fingerprint) {
        return WebhookSink.bodies.stream().filter(b -> b.contains(fingerprint)).count();
    }

    private static int indexOfBody(String fingerprint) {
        for (int i = 0; i < WebhookSink.bodies.size(); i++) {
            if (WebhookSink.bodies.get(i).contains(fingerprint)) {
                return i;
            }
        }
        return -1;
    }
}

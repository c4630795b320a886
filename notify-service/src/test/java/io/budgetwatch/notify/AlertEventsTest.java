package io.budgetwatch.notify;

import static io.budgetwatch.notify.Reports.documentId;
import static io.budgetwatch.notify.Reports.finding;
import static io.budgetwatch.notify.Reports.fingerprint;
import static io.budgetwatch.notify.Reports.report;
import static io.budgetwatch.notify.Reports.send;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.budgetwatch.events.AlertStateChanged;
import io.budgetwatch.events.AlertStatus;
import io.budgetwatch.events.EventJson;
import io.budgetwatch.events.Finding;
import io.budgetwatch.events.Severity;
import io.budgetwatch.notify.messaging.AlertEventSink;
import io.budgetwatch.notify.persistence.EventOutboxStore;
import io.budgetwatch.notify.service.EventRelay;
import io.budgetwatch.testsupport.EmbeddedKafkaResource;
import io.budgetwatch.testsupport.PostgresResource;
import io.budgetwatch.testsupport.Topics;
import io.quarkus.arc.ClientProxy;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * AlertStateChanged through the event outbox on the real broker and PostgreSQL: an event is written with its
 * change, survives a failed publish and a relay killed mid-way, and is published once per change.
 */
@QuarkusTest
@WithTestResource(EmbeddedKafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(WebhookSink.class)
@WithTestResource(ChatSinks.class)
@WithTestResource(MailSink.class)
class AlertEventsTest {
    @Inject
    AlertEventSink sink;

    @Inject
    EventRelay relay;

    @Inject
    EventOutboxStore events;

    @Inject
    Pool pool;

    /**
     * The real sink, publishing to the broker, except that the first attempt at each event of {@code ruleId}
     * fails, as when the broker cannot be reached.
     */
    static final class FirstAttemptFails extends AlertEventSink {
        private final AlertEventSink real;
        private final String ruleId;
        final Set<String> failed = ConcurrentHashMap.newKeySet();

        FirstAttemptFails(AlertEventSink real, String ruleId) {
            this.real = real;
            this.ruleId = ruleId;
        }

        @Override
        public Uni<Void> publish(AlertStateChanged event) {
            if (ruleId.equals(event.ruleId()) && failed.add(event.eventId())) {
                return Uni.createFrom().failure(new IllegalStateException("broker unreachable"));
            }
            return real.publish(event);
        }
    }

    @AfterEach
    void relayRunning() {
        relay.start();
    }

    @Test
    void anEventSurvivesAFailedFirstPublishAndEachChangeIsPublishedOnce() throws Exception {
        String rule = "EVT-" + fingerprint().substring(0, 8);
        FirstAttemptFails failing = new FirstAttemptFails(ClientProxy.unwrap(sink), rule);
        QuarkusMock.installMockForType(failing, AlertEventSink.class);
        String fingerprint = fingerprint();
        Finding finding = finding(fingerprint, rule, Severity.CRITICAL);
        send(report(documentId(), List.of(finding), List.of()));
        await().atMost(Duration.ofSeconds(30)).until(() -> published(fingerprint).size() == 1);
        send(report(documentId(), List.of(), List.of(finding)));
        await().atMost(Duration.ofSeconds(30)).until(() -> published(fingerprint).size() == 2);

        List<AlertStateChanged> published = published(fingerprint);
        assertEquals(List.of(AlertStatus.FIRING, AlertStatus.RESOLVED),
                published.stream().map(AlertStateChanged::status).toList(), "each change once, in order");
        assertEquals(failing.failed, Set.copyOf(published.stream().map(AlertStateChanged::eventId).toList()),
                "the first attempt at each of them failed");
        for (Row row : rows(fingerprint)) {
            assertEquals(2, row.getInteger("attempts"));
            assertTrue(row.getString("last_error") == null, "no error left once published");
            assertTrue(row.getLocalDateTime("published_at") != null);
        }
    }

    @Test
    void aRelayKilledAfterClaimingLeavesItsEventToBePublishedOnceTheLeaseEnds() throws Throwable {
        relay.stop().get(10, TimeUnit.SECONDS);
        String fingerprint = fingerprint();
        send(report(documentId(), List.of(finding(fingerprint, "EVT-KILLED", Severity.CRITICAL)), List.of()));
        await().atMost(Duration.ofSeconds(30)).until(() -> rows(fingerprint).size() == 1);
        // A replica that claims and is killed (kill -9) before publishing or recording anything.
        List<EventOutboxStore.Claim> claimed = VertxContextSupport
                .subscribeAndAwait(() -> events.claim(Instant.now(), Duration.ofSeconds(8), 50));
        assertTrue(claimed.stream().anyMatch(c -> c.event().fingerprint().equals(fingerprint)));

        relay.start();
        Thread.sleep(1000);
        assertEquals(0, published(fingerprint).size(), "another relay leaves a leased event alone");
        await().atMost(Duration.ofSeconds(30)).until(() -> published(fingerprint).size() == 1);
        Thread.sleep(1000);
        assertEquals(1, published(fingerprint).size());
        assertEquals(2, rows(fingerprint).get(0).getInteger("attempts"), "the dead relay's claim counts");
    }

    private static List<AlertStateChanged> published(String fingerprint) {
        return Topics.read(io.budgetwatch.events.Topics.ALERTS, Duration.ofSeconds(2), r -> fingerprint.equals(r.key()))
                .stream().map(r -> EventJson.read(r.value(), AlertStateChanged.class)).toList();
    }

    private List<Row> rows(String fingerprint) {
        List<Row> rows = new ArrayList<>();
        pool.preparedQuery("select attempts, last_error, published_at from event_outbox where event_key = $1"
                + " order by id").execute(Tuple.of(fingerprint)).await().atMost(Duration.ofSeconds(10))
                .forEach(rows::add);
        return rows;
    }
}

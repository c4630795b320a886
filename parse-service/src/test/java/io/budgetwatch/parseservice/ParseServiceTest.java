package io.budgetwatch.parseservice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.budgetwatch.events.CloudEvents;
import io.budgetwatch.events.DisclosureParsed;
import io.budgetwatch.events.DocumentDiscovered;
import io.budgetwatch.events.EventJson;
import io.budgetwatch.events.TableTypes;
import io.budgetwatch.events.Topics;
import io.budgetwatch.testsupport.EmbeddedKafkaResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(EmbeddedKafkaResource.class)
class ParseServiceTest {
    private static ContentServer content;

    @BeforeAll
    static void startContentServer() {
        content = new ContentServer();
    }

    @AfterAll
    static void stopContentServer() {
        content.close();
    }

    @Test
    void aDisclosureIsPublishedParsedUnderItsDepartmentKey() throws IOException {
        DocumentDiscovered event = content.announce(resource("/pdf/seed-001.pdf"), "seed-001.pdf");
        send(event);

        ConsumerRecord<String, String> record = awaitRecord(Topics.PARSED, event.documentId());
        DisclosureParsed parsed = EventJson.read(record.value(), DisclosureParsed.class);
        assertEquals(parsed.departmentKey(), record.key(), "keyed by department, so its years stay in order");
        assertEquals(DisclosureParsed.TYPE, CloudEvents.read(record.headers(), CloudEvents.TYPE));
        assertEquals(parsed.eventId(), CloudEvents.read(record.headers(), CloudEvents.ID));
        assertNotNull(parsed.department().name());
        assertNotNull(parsed.year());
        assertTrue(parsed.quality().tablesFound().contains(TableTypes.THREE_PUBLIC_EXPENDITURE),
                parsed.quality().tablesFound().toString());
    }

    @Test
    void aCorruptPdfIsDeadLetteredWithItsReasonAndTheNextDocumentIsStillRead() throws IOException {
        byte[] seed = resource("/pdf/seed-001.pdf");
        byte[] truncated = Arrays.copyOf(seed, 2000);
        byte[] notAPdf = "<html>404 Not Found</html>".getBytes(StandardCharsets.UTF_8);
        DocumentDiscovered corrupt = content.announce(truncated, "truncated.pdf");
        DocumentDiscovered html = content.announce(notAPdf, "error-page.pdf");
        DocumentDiscovered tampered = content.announce(seed, "tampered.pdf", "f".repeat(64));
        byte[] seedCopy = Arrays.copyOf(seed, seed.length + 1);
        seedCopy[seed.length] = '\n';
        DocumentDiscovered good = content.announce(seedCopy, "after-the-bad-ones.pdf");
        send(corrupt);
        send(html);
        send(tampered);
        send(good);

        assertTrue(reason(corrupt).contains(corrupt.documentId()), reason(corrupt));
        assertTrue(reason(corrupt).matches("(?s)\\[(CORRUPT|NOT_PDF)].*truncated\\.pdf.*"), reason(corrupt));
        assertTrue(reason(html).startsWith("[NOT_PDF]"), reason(html));
        assertTrue(reason(tampered).startsWith("[CHECKSUM_MISMATCH]"), reason(tampered));
        assertNotNull(awaitRecord(Topics.PARSED, good.documentId()), "the service keeps consuming");
    }

    @Test
    void aContentUrlOutsideIngestServiceIsRefusedWithoutFetching() throws IOException {
        byte[] seed = resource("/pdf/seed-001.pdf");
        byte[] own = Arrays.copyOf(seed, seed.length + 2); // bytes of its own: no other test's record has its id
        own[seed.length] = '\n';
        own[seed.length + 1] = '\n';
        DocumentDiscovered announced = content.announce(own, "elsewhere.pdf");
        // the same bytes, but the event sends parse-service to another host (a forged or misrouted event)
        DocumentDiscovered forged = new DocumentDiscovered(announced.schemaVersion(), announced.eventId(),
                announced.documentId(), announced.sha256(), announced.contentUrl().replace("127.0.0.1", "localhost"),
                announced.sourceUrl(), announced.sourceId(), announced.fileName(), announced.title(),
                announced.sizeBytes(), announced.discoveredAt(), announced.pageUrl(), announced.linkText(),
                announced.siblings());
        send(forged);

        assertTrue(reason(forged).startsWith("[UNTRUSTED_CONTENT_URL]"), reason(forged));
        assertTrue(reason(forged).contains("localhost"), reason(forged));
    }

    private static String reason(DocumentDiscovered event) {
        return CloudEvents.read(awaitRecord(Topics.deadLetterOf(Topics.DOCUMENTS), event.documentId()).headers(),
                "dead-letter-reason");
    }

    private static void send(DocumentDiscovered event) {
        io.budgetwatch.testsupport.Topics.send(Topics.DOCUMENTS, event.documentId(), EventJson.writeString(event));
    }

    private static ConsumerRecord<String, String> awaitRecord(String topic, String documentId) {
        return io.budgetwatch.testsupport.Topics.await(topic, Duration.ofSeconds(60),
                io.budgetwatch.testsupport.Topics.mentioning(documentId));
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = ParseServiceTest.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }
}

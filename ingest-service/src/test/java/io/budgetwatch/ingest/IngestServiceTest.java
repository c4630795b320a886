package io.budgetwatch.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.budgetwatch.events.CloudEvents;
import io.budgetwatch.events.DocumentDiscovered;
import io.budgetwatch.events.DocumentIds;
import io.budgetwatch.events.EventJson;
import io.budgetwatch.events.Topics;
import io.budgetwatch.testsupport.EmbeddedKafka;
import io.budgetwatch.testsupport.EmbeddedKafkaResource;
import io.budgetwatch.testsupport.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(EmbeddedKafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(TestPortal.class)
class IngestServiceTest {

    @Test
    void uploadStoresThePdfOnceAndEmitsOneEventWithCloudEventsHeaders() throws IOException {
        byte[] pdf = resource("/pdf/b.pdf");
        String documentId = DocumentIds.of(pdf);

        given().multiPart("file", "b.pdf", pdf, "application/pdf").multiPart("sourceUrl", "http://portal/b.pdf")
                .when().post("/api/documents")
                .then().statusCode(201).body("documentId", equalTo(documentId)).body("duplicate", equalTo(false));
        given().multiPart("file", "copy-of-b.pdf", pdf, "application/pdf")
                .when().post("/api/documents")
                .then().statusCode(200).body("documentId", equalTo(documentId)).body("duplicate", equalTo(true));

        List<ConsumerRecord<String, String>> records = recordsFor(documentId);
        assertEquals(1, records.size(), "the same bytes uploaded twice are emitted once");
        ConsumerRecord<String, String> record = records.get(0);
        DocumentDiscovered event = EventJson.read(record.value(), DocumentDiscovered.class);
        assertEquals(documentId, event.sha256());
        assertEquals(DocumentDiscovered.SCHEMA_VERSION, event.schemaVersion());
        assertEquals(event.eventId(), CloudEvents.read(record.headers(), CloudEvents.ID));
        assertEquals(DocumentDiscovered.TYPE, CloudEvents.read(record.headers(), CloudEvents.TYPE));
        assertEquals("1.0", CloudEvents.read(record.headers(), CloudEvents.SPECVERSION));
        assertTrue(event.contentUrl().endsWith("/api/documents/" + documentId + "/content"), event.contentUrl());
        assertEquals(List.of(), event.siblings(), "an upload has no page and so no siblings");

        byte[] served = given().when().get("/api/documents/" + documentId + "/content")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertArrayEquals(pdf, served, "the claim check serves the exact bytes");
    }

    @Test
    void operatorsSeeReadinessWithKafkaAndTheDatabaseAndPrometheusMetrics() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItems("SmallRye Reactive Messaging - readiness check",
                        "Reactive PostgreSQL connections health check"));
        given().when().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("kafka_producer"));
    }

    @Test
    void unknownDocumentIs404() {
        given().when().get("/api/documents/" + "0".repeat(64) + "/content").then().statusCode(404);
    }

    static List<ConsumerRecord<String, String>> recordsFor(String documentId) {
        return allDocumentRecords().stream().filter(r -> documentId.equals(r.key())).toList();
    }

    static List<ConsumerRecord<String, String>> allDocumentRecords() {
        return EmbeddedKafka.companion().consumeStrings().fromTopics(Topics.DOCUMENTS, Duration.ofSeconds(4))
                .awaitCompletion().getRecords();
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = IngestServiceTest.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }
}

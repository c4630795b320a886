package io.budgetwatch.reconcileservice;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.budgetwatch.events.CloudEvents;
import io.budgetwatch.events.DisclosureParsed;
import io.budgetwatch.events.EventJson;
import io.budgetwatch.events.Finding;
import io.budgetwatch.events.KeyFigureNames;
import io.budgetwatch.events.ColumnKeys;
import io.budgetwatch.events.ReconciliationReport;
import io.budgetwatch.events.TableTypes;
import io.budgetwatch.reconcile.Reconciler;
import io.budgetwatch.reconcile.RuleSettings;
import io.budgetwatch.testsupport.EmbeddedKafkaResource;
import io.budgetwatch.testsupport.PostgresResource;
import io.budgetwatch.testsupport.Topics;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(EmbeddedKafkaResource.class)
@WithTestResource(PostgresResource.class)
class ReconcileServiceTest {

    @Test
    void aParsedDisclosureIsCheckedStoredAndServedAndACorrectionResolvesItsFinding() throws Exception {
        DisclosureParsed original = Disclosures.read("/disclosures/seed-001.json");
        DisclosureParsed broken = Disclosures.withCellRaised(original, TableTypes.THREE_PUBLIC_EXPENDITURE,
                KeyFigureNames.THREE_PUBLIC_TOTAL, ColumnKeys.AMOUNT, new BigDecimal("5"));
        DisclosureParsed corrected = Disclosures.republished(original, original.year());

        ReconciliationReport brokenReport = reconcile(broken);
        Set<String> introduced = fingerprints(brokenReport);
        introduced.removeAll(fingerprints(checkedLocally(original)));
        Finding threePublicTotal = brokenReport.findings().stream()
                .filter(f -> f.category().equals("three_public") && introduced.contains(f.fingerprint()))
                .findFirst().orElseThrow(() -> new AssertionError("a “三公” total raised by 5 万元 is not reported: "
                        + brokenReport.findings()));
        assertTrue(threePublicTotal.message().contains("三公"), threePublicTotal.message());

        ReconciliationReport correctedReport = reconcile(corrected);
        assertFalse(fingerprints(correctedReport).contains(threePublicTotal.fingerprint()));
        assertTrue(correctedReport.resolved().stream()
                .anyMatch(f -> f.fingerprint().equals(threePublicTotal.fingerprint())),
                "the corrected re-publication resolves the finding it no longer shows");

        given().queryParam("department", original.departmentKey()).queryParam("year", original.year())
                .when().get("/api/reports")
                .then().statusCode(200)
                .body("size()", equalTo(1)) // only the current report; superseded ones on request
                .body("[0].documentId", equalTo(corrected.documentId()));
        given().queryParam("department", original.departmentKey()).queryParam("includeSuperseded", true)
                .when().get("/api/reports")
                .then().statusCode(200).body("documentId", hasItem(broken.documentId()));
        given().when().get("/api/reports/" + broken.documentId()).then().statusCode(200)
                .body("findings.fingerprint", hasItem(threePublicTotal.fingerprint()));
        given().when().get("/api/disclosures/" + broken.documentId()).then().statusCode(200)
                .body("documentId", equalTo(broken.documentId()))
                .body("tables.type", hasItem(TableTypes.THREE_PUBLIC_EXPENDITURE));
        given().when().get("/api/disclosures/" + "0".repeat(64)).then().statusCode(404);
    }

    /**
     * 北京 and 江苏 publish one disclosure as two files, 情况说明 and 报表: the first half is checked alone; when the
     * other arrives the two are checked as one, that report supersedes the first half's (its "only tables" finding
     * resolves) and names the file of the evidence in the other half; a full document published later supersedes it.
     */
    @Test
    void theTwoHalvesOfOneDisclosureAreCheckedAsOneAndAFullDocumentReplacesThem() throws Exception {
        DisclosureParsed full = Disclosures.republished(Disclosures.read("/disclosures/seed-001.json"), 2036);
        DisclosureParsed tables = Disclosures.halves(full, true);
        DisclosureParsed text = Disclosures.halves(full, false);

        ReconciliationReport tablesReport = reconcile(tables);
        assertTrue(tablesReport.findings().stream().anyMatch(f -> f.message().contains("未含情况说明")),
                "checked alone, the tables half lacks its text");
        ReconciliationReport joinedReport = reconcile(text);
        assertEquals(fingerprints(new Reconciler(RuleSettings.defaults()).check(full, null)), fingerprints(joinedReport),
                "the two halves found what the whole document finds");
        assertTrue(joinedReport.resolved().stream().anyMatch(f -> f.message().contains("未含情况说明")),
                joinedReport.resolved().toString());
        assertTrue(joinedReport.findings().stream().flatMap(f -> f.evidence().stream())
                .anyMatch(e -> tables.documentId().equals(e.documentId())),
                () -> "the tables half's evidence is marked with its file: " + joinedReport.findings());
        assertTrue(joinedReport.findings().stream().flatMap(f -> f.evidence().stream())
                .noneMatch(e -> text.documentId().equals(e.documentId())), "the report's own file goes unnamed");
        given().queryParam("department", full.departmentKey()).queryParam("year", 2036)
                .when().get("/api/reports")
                .then().statusCode(200).body("size()", equalTo(1)).body("[0].documentId", equalTo(text.documentId()));

        ReconciliationReport fullReport = reconcile(full);
        assertEquals(List.of(), fullReport.resolved(), "the full document finds what the joined halves found");
        given().queryParam("department", full.departmentKey()).queryParam("year", 2036)
                .when().get("/api/reports")
                .then().statusCode(200).body("size()", equalTo(1)).body("[0].documentId", equalTo(full.documentId()));
    }

    @Test
    void lastYearsDisclosureFromTheDatabaseIsTheBaselineForYearOverYearChecks() throws Exception {
        DisclosureParsed original = Disclosures.read("/disclosures/seed-001.json");
        DisclosureParsed priorYear = Disclosures.republished(Disclosures.withCellRaised(original,
                TableTypes.THREE_PUBLIC_EXPENDITURE, KeyFigureNames.THREE_PUBLIC_RECEPTION, ColumnKeys.AMOUNT,
                new BigDecimal("9")), 2040);
        DisclosureParsed thisYear = Disclosures.republished(original, 2041);

        reconcile(priorYear);
        ReconciliationReport report = reconcile(thisYear);

        assertTrue(report.findings().stream().anyMatch(f -> f.category().equals("year_over_year")
                && f.message().contains("公务接待费")),
                "公务接待费 fell from 10.00 to 1.00 万元 against the stored 2040 disclosure: " + report.findings());
    }

    @Test
    void aRecordThatIsNotADisclosureIsDeadLetteredAndTheNextOneIsStillChecked() throws Exception {
        Topics.send(io.budgetwatch.events.Topics.PARSED, "garbage", "{\"documentId\": [not json");
        DisclosureParsed next = Disclosures.republished(Disclosures.read("/disclosures/seed-001.json"), 2031);

        ReconciliationReport report = reconcile(next);
        assertEquals(2031, report.year());
        ConsumerRecord<String, String> dead = Topics.await(
                io.budgetwatch.events.Topics.deadLetterOf(io.budgetwatch.events.Topics.PARSED), Duration.ofSeconds(30),
                r -> "garbage".equals(r.key()));
        assertTrue(Topics.header(dead, "dead-letter-reason") != null);
    }

    private static ReconciliationReport reconcile(DisclosureParsed disclosure) {
        Topics.send(io.budgetwatch.events.Topics.PARSED, disclosure.departmentKey(), EventJson.writeString(disclosure));
        ConsumerRecord<String, String> record = Topics.await(io.budgetwatch.events.Topics.FINDINGS,
                Duration.ofSeconds(60), Topics.mentioning(disclosure.documentId()));
        assertEquals(disclosure.departmentKey(), record.key());
        assertEquals(ReconciliationReport.TYPE, CloudEvents.read(record.headers(), CloudEvents.TYPE));
        return EventJson.read(record.value(), ReconciliationReport.class);
    }

    /** The rules run in-process over the unedited document: the baseline of what the edit introduced. */
    private static ReconciliationReport checkedLocally(DisclosureParsed disclosure) {
        return new io.budgetwatch.reconcile.Reconciler(io.budgetwatch.reconcile.RuleSettings.defaults())
                .check(disclosure, null);
    }

    private static Set<String> fingerprints(ReconciliationReport report) {
        return report.findings().stream().map(Finding::fingerprint).collect(Collectors.toSet());
    }
}

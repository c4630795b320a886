package io.budgetwatch.ingest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.budgetwatch.events.DocumentDiscovered;
import io.budgetwatch.events.EventJson;
import io.budgetwatch.testsupport.EmbeddedKafkaResource;
import io.budgetwatch.testsupport.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(EmbeddedKafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(TestPortal.class)
class CrawlerTest {

    /** One row of portal/attachments.tsv: an attachment a saved page links, and what it must become. */
    record ExpectedAttachment(String page, String link, boolean document) {
        String url() {
            return URI.create(pageUrl()).resolve(link).toString();
        }

        String pathAndQuery() {
            return url().substring(TestPortal.portalBase.length());
        }

        String pageUrl() {
            return TestPortal.portalBase + "/pages/" + page;
        }
    }

    @Test
    void everyAttachmentOfEverySavedPageIsFoundOnceThroughPaginationAndDetailPages() throws IOException {
        List<ExpectedAttachment> expected = expectedAttachments();
        crawl("portal");

        for (int i = 0; i < TestPortal.LISTING_PAGES; i++) {
            String listing = i == 0 ? "/list/index.html" : "/list/index_" + i + ".html";
            assertEquals(1, TestPortal.requestsTo("portal", listing).size(), "listing page followed once: " + listing);
        }
        for (String page : TestPortal.SAVED_PAGES) {
            assertEquals(1, TestPortal.requestsTo("portal", "/pages/" + page).size(), "detail page fetched: " + page);
        }

        Map<String, DocumentDiscovered> events = new HashMap<>();
        for (var record : IngestServiceTest.allDocumentRecords()) {
            DocumentDiscovered event = EventJson.read(record.value(), DocumentDiscovered.class);
            if ("portal".equals(event.sourceId())) {
                assertEquals(null, events.put(event.sourceUrl(), event), "one event per URL: " + event.sourceUrl());
            }
        }
        Map<String, String> outcomes = latestOutcomes("portal");
        Set<String> attachmentUrls = new HashSet<>();
        for (ExpectedAttachment attachment : expected) {
            attachmentUrls.add(attachment.url());
            if (attachment.document()) {
                DocumentDiscovered event = events.get(attachment.url());
                assertNotNull(event, "found and emitted: " + attachment);
                assertEquals(attachment.pageUrl(), event.pageUrl(), "the detail page travels with the document");
                assertFalse(event.linkText().isBlank(), "the link text travels with the document: " + attachment);
                assertEquals(1, TestPortal.requestsTo("portal", attachment.pathAndQuery()).size(), "downloaded once");
                assertEquals("NEW_DOCUMENT", outcomes.get(attachment.url()), attachment.toString());
            } else {
                assertEquals("SKIPPED", outcomes.get(attachment.url()), "recorded as skipped: " + attachment);
            }
        }
        assertEquals(expected.stream().filter(ExpectedAttachment::document).count(), events.size(),
                "no document beyond the expected attachments: " + events.keySet());
        assertEquals(45, events.size());

        List<String> zhengzhouSiblings = expected.stream().filter(a -> a.page().equals("page-011.html"))
                .map(ExpectedAttachment::url).sorted().toList();
        DocumentDiscovered first = events.get(zhengzhouSiblings.get(0));
        assertEquals(zhengzhouSiblings.subList(1, zhengzhouSiblings.size()),
                first.siblings().stream().map(DocumentDiscovered.Attachment::url).sorted().toList(),
                "the page's other attachments are the document's siblings");
        assertTrue(first.siblings().stream().allMatch(s -> s.linkText().endsWith(".pdf")), first.siblings().toString());

        DocumentDiscovered nantong = events.get(TestPortal.portalBase
                + "/truecms/attachmentController/download.do?id=650d48cd-5de7-4ee1-ade8-a5af5b87ee52");
        assertEquals("南通市政府办公室2026年度部门预算公开.pdf", nantong.fileName(), "named by its Content-Disposition");

        // The saved 长沙 listings (page-061…063) paginate through createPageHTML(3, 0, "index", "html").
        for (String pagination : List.of("/pages/index_1.html", "/pages/index_2.html")) {
            assertEquals(1, TestPortal.requestsTo("portal", pagination).size(), "TRS pagination followed once");
        }
        Set<String> allowed = new HashSet<>(attachmentUrls);
        TestPortal.SAVED_PAGES.forEach(p -> allowed.add(TestPortal.portalBase + "/pages/" + p));
        allowed.add(TestPortal.portalBase + "/pages/index_1.html");
        allowed.add(TestPortal.portalBase + "/pages/index_2.html");
        for (var request : TestPortal.requests) {
            String url = TestPortal.portalBase + request.pathAndQuery();
            assertTrue(!request.server().equals("portal") || request.pathAndQuery().startsWith("/list/")
                    || request.pathAndQuery().matches("/(edge|resume|replicas)/.*")
                    || request.pathAndQuery().equals("/robots.txt") || allowed.contains(url),
                    "beyond max depth, nothing else is fetched: " + request);
        }

        int downloadsBefore = TestPortal.requests.size();
        crawl("portal");
        assertTrue(TestPortal.requests.size() > downloadsBefore, "the second crawl asks again");
        Map<String, String> again = latestOutcomes("portal");
        for (ExpectedAttachment attachment : expected) {
            if (attachment.document() && attachment.link().contains(".pdf")) {
                assertEquals("NOT_MODIFIED", again.get(attachment.url()), "conditional GET answered 304: " + attachment);
            }
        }
    }

    @Test
    void brokenAndHostileAnswersAreCutRefusedOrRetriedAndGoneLinksRetired() {
        crawl("edge");
        Map<String, String> outcomes = latestOutcomes("edge");
        String edge = TestPortal.portalBase + "/edge/";
        String privateBase = "http://127.0.0.2:" + URI.create(TestPortal.portalBase).getPort() + "/edge/";
        assertEquals("TOO_LARGE", outcomes.get(edge + "huge.pdf"), "a 10 GB Content-Length is refused");
        assertEquals("TOO_LARGE", outcomes.get(edge + "endless.pdf"), "an endless chunked body is cut at the cap");
        assertEquals("TIMEOUT", outcomes.get(edge + "trickle.pdf"), "a trickle is cut at the time cap");
        assertEquals("SKIPPED", outcomes.get(edge + "fake.pdf"), "an HTML page served as .pdf is no document");
        assertEquals("REDIRECT_LOOP", outcomes.get(edge + "loop-a.html"));
        assertEquals("REFUSED", outcomes.get(edge + "to-private.html"), "a redirect to loopback is refused");
        assertEquals("REFUSED", outcomes.get(privateBase + "direct.pdf"), "a link to loopback is refused");
        assertEquals("SKIPPED", outcomes.get(edge + "%E8%A1%A8%E6%A0%BC.xls"), ".xls is recorded, not fetched");
        assertEquals(0, TestPortal.requestsTo("portal", "/edge/%E8%A1%A8%E6%A0%BC.xls").size());
        assertEquals("HTTP_404", outcomes.get(edge + "gone.pdf"));
        assertEquals("NEW_DOCUMENT", outcomes.get(edge + "getfile?id=7"), "a PDF behind a page-like link is found");
        String refusal = history("edge").getList("findAll { it.url == '" + privateBase + "direct.pdf' }.detail",
                String.class).get(0);
        assertTrue(refusal.contains("loopback"), refusal);

        List<String> sameOutcomes = List.of(outcomes.get(edge + "same.pdf"), outcomes.get(edge + "copy/same.pdf"));
        assertTrue(sameOutcomes.contains("NEW_DOCUMENT") && sameOutcomes.contains("DUPLICATE_DOCUMENT"),
                "the same PDF under two URLs is one document: " + sameOutcomes);

        var busy = TestPortal.requestsTo("portal", "/edge/busy.pdf");
        assertEquals(2, busy.size(), "a 429 is asked again");
        assertTrue(Duration.between(busy.get(0).at(), busy.get(1).at()).toMillis() >= 900,
                "Retry-After: 1 is honoured");
        assertEquals("NEW_DOCUMENT", outcomes.get(edge + "busy.pdf"));
        assertEquals(2, TestPortal.requestsTo("portal", "/edge/flaky.html").size(), "a 503 is retried");
        assertEquals("NEW_DOCUMENT", outcomes.get(edge + "after-flaky.pdf"));
        assertEquals("NEW_DOCUMENT", outcomes.get(edge + "changing.pdf"));

        TestPortal.changingVersion.set(2);
        crawl("edge");
        assertEquals("NEW_DOCUMENT", latestOutcomes("edge").get(edge + "changing.pdf"),
                "a changed PDF under the same URL is a new document");
        crawl("edge");
        assertEquals("RETIRED", latestOutcomes("edge").get(edge + "gone.pdf"), "404 on three crawls in a row: "
                + history("edge").getList("findAll { it.url == '" + edge + "gone.pdf' }"));
        int goneRequests = TestPortal.requestsTo("portal", "/edge/gone.pdf").size();
        crawl("edge");
        assertEquals(goneRequests, TestPortal.requestsTo("portal", "/edge/gone.pdf").size(),
                "a retired URL is not requested again");

        JsonPath sources = given().when().get("/api/sources").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(edge + "gone.pdf"), sources.getList("find { it.id == 'edge' }.retired.url"),
                "retired links are reported");
        assertEquals(1, sources.getInt("find { it.id == 'edge' }.urls.RETIRED"));
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("budgetwatch_ingest_crawl_retired_total{source=\"edge\"} 1.0"), "retirements counted");
        assertTrue(metrics.contains("budgetwatch_ingest_crawl_visits_total{outcome=\"TOO_LARGE\",source=\"edge\"}"),
                "visits counted per source and outcome");
    }

    @Test
    void robotsTxtIsObeyedAndItsCrawlDelayKept() {
        crawl("polite");
        List<TestPortal.Request> polite = TestPortal.requests.stream().filter(r -> r.server().equals("polite"))
                .toList();
        assertEquals("/robots.txt", polite.get(0).pathAndQuery(), "robots.txt is asked first");
        assertEquals(List.of("/robots.txt", "/index.html", "/a/1.html", "/a/2.html", "/a/3.html"),
                polite.stream().map(TestPortal.Request::pathAndQuery).toList(),
                "the disallowed URL is never requested");
        for (int i = 1; i < polite.size(); i++) {
            long gap = Duration.between(polite.get(i - 1).at(), polite.get(i).at()).toMillis();
            assertTrue(gap >= 900, "Crawl-delay: 1 kept between requests, gap " + gap + " ms");
        }
        assertEquals("ROBOTS_DENIED", latestOutcomes("polite").get(TestPortal.politeBase + "/private/secret.html"));
        assertTrue(polite.stream().allMatch(r -> r.userAgent().startsWith("budgetwatch") && r.userAgent().contains("+http")),
                "the User-Agent names budgetwatch and where to learn about it: " + polite.get(0).userAgent());
    }

    @Test
    void aNewRunResumesFromTheStoredFrontier() {
        given().queryParam("maxPages", 3).when().post("/api/sources/resume/crawls").then().statusCode(200)
                .body("requests", org.hamcrest.Matchers.equalTo(3));
        JsonPath state = given().when().get("/api/sources").then().statusCode(200).extract().jsonPath();
        assertEquals(3, state.getInt("find { it.id == 'resume' }.urls.FETCHED"));
        assertEquals(2, state.getInt("find { it.id == 'resume' }.urls.PENDING"), "the rest waits in PostgreSQL");

        // The crawler keeps nothing between runs: like a restarted replica, the next run reads the stored frontier.
        given().when().post("/api/sources/resume/crawls").then().statusCode(200)
                .body("newDocuments", org.hamcrest.Matchers.equalTo(2));
        for (int i = 1; i <= TestPortal.RESUME_FILES; i++) {
            assertEquals(1, TestPortal.requestsTo("portal", "/resume/f" + i + ".pdf").size(),
                    "fetched once across both runs: f" + i);
        }
        assertEquals(2, TestPortal.requestsTo("portal", "/resume/index.html").size(), "listings are read every run");
    }

    @Test
    void twoReplicasCrawlingOneSourceAtOnceNeverFetchTheSameUrl() throws Exception {
        given().queryParam("maxPages", 1).when().post("/api/sources/replicas/crawls").then().statusCode(200);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Integer>> runs = new ArrayList<>();
            for (int replica = 0; replica < 2; replica++) {
                runs.add(pool.submit(() -> given().when().post("/api/sources/replicas/crawls").then().statusCode(200)
                        .extract().jsonPath().getInt("requests")));
            }
            int first = runs.get(0).get();
            int second = runs.get(1).get();
            assertTrue(first > 0 && second > 0, "both replicas worked: " + first + " and " + second);
        } finally {
            pool.shutdown();
        }
        for (int i = 1; i <= TestPortal.REPLICA_FILES; i++) {
            assertEquals(1, TestPortal.requestsTo("portal", "/replicas/f" + i + ".pdf").size(),
                    "claimed by one replica only: f" + i);
        }
    }

    private static void crawl(String source) {
        given().when().post("/api/sources/" + source + "/crawls").then().statusCode(200);
    }

    private static JsonPath history(String source) {
        return given().queryParam("limit", 5000).when().get("/api/sources/" + source + "/history").then()
                .statusCode(200).extract().jsonPath();
    }

    /** The outcome of each URL's most recent visit (history is newest first). */
    private static Map<String, String> latestOutcomes(String source) {
        JsonPath history = history(source);
        List<String> urls = history.getList("url", String.class);
        List<String> outcomes = history.getList("outcome", String.class);
        Map<String, String> latest = new HashMap<>();
        for (int i = 0; i < urls.size(); i++) {
            latest.putIfAbsent(urls.get(i), outcomes.get(i));
        }
        return latest;
    }

    private static List<ExpectedAttachment> expectedAttachments() throws IOException {
        List<ExpectedAttachment> rows = new ArrayList<>();
        try (var in = new BufferedReader(new InputStreamReader(
                CrawlerTest.class.getResourceAsStream("/portal/attachments.tsv"), StandardCharsets.UTF_8))) {
            in.lines().filter(l -> !l.startsWith("#") && !l.startsWith("page\t")).map(l -> l.split("\t"))
                    .forEach(f -> rows.add(new ExpectedAttachment(f[0], f[1], f[2].equals("document"))));
        }
        assertEquals(96, rows.size());
        assertEquals(rows.size(), rows.stream().map(ExpectedAttachment::url).collect(Collectors.toSet()).size()
                + duplicatesAcrossPages(rows));
        return rows;
    }

    private static int duplicatesAcrossPages(List<ExpectedAttachment> rows) {
        Set<String> seen = new HashSet<>();
        return (int) rows.stream().filter(r -> !seen.add(r.url())).count();
    }
}

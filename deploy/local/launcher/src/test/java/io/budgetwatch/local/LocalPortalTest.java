package io.budgetwatch.local;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.budgetwatch.events.DocumentIds;

class LocalPortalTest {
    private static final byte[] PDF = "%PDF-1.7 a disclosure".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path samples;

    private LocalPortal portal;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        Files.write(samples.resolve("2023 部门预算.pdf"), PDF);
        Files.writeString(samples.resolve("notes.txt"), "not offered");
        portal = LocalPortal.start(samples);
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    @Test
    void theListingLinksADetailPagePerPdfWhichLinksThePdf() throws Exception {
        HttpResponse<String> listing = get(portal.listingUrl(), null);

        assertEquals(200, listing.statusCode());
        assertTrue(listing.body().contains("<a href=\"/detail/2023%20%E9%83%A8%E9%97%A8%E9%A2%84%E7%AE%97.pdf.html\">"
                + "2023 部门预算</a>"), listing.body());
        assertTrue(!listing.body().contains("notes.txt"), listing.body());
        HttpResponse<String> detail = get(portal.listingUrl()
                .resolve("/detail/2023%20%E9%83%A8%E9%97%A8%E9%A2%84%E7%AE%97.pdf.html"), null);
        assertEquals(200, detail.statusCode());
        assertTrue(detail.body().contains("<a href=\"/files/2023%20%E9%83%A8%E9%97%A8%E9%A2%84%E7%AE%97.pdf\">"
                + "2023 部门预算.pdf</a>"), detail.body());
        assertEquals(404, get(portal.listingUrl().resolve("/detail/notes.txt.html"), null).statusCode());
    }

    @Test
    void theListingIsPaginatedWithNextLinks() throws Exception {
        for (int i = 0; i < LocalPortal.PER_PAGE * 2; i++) {
            Files.write(samples.resolve("extra-" + i + ".pdf"), PDF);
        }
        HttpResponse<String> first = get(portal.listingUrl(), null);
        assertTrue(first.body().contains("<a href=\"/index_1.html\">下一页</a>"), first.body());
        HttpResponse<String> second = get(portal.listingUrl().resolve("/index_1.html"), null);
        assertTrue(second.body().contains("<a href=\"/index_2.html\">下一页</a>"), second.body());
        HttpResponse<String> last = get(portal.listingUrl().resolve("/index_2.html"), null);
        assertEquals(200, last.statusCode());
        assertTrue(!last.body().contains("下一页"), last.body());
        assertEquals(404, get(portal.listingUrl().resolve("/index_3.html"), null).statusCode());
    }

    @Test
    void aLinkedPdfIsServedWithItsSha256AsETag() throws Exception {
        URI file = portal.listingUrl().resolve("files/2023%20%E9%83%A8%E9%97%A8%E9%A2%84%E7%AE%97.pdf");
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(file).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertEquals(200, response.statusCode());
        assertArrayEquals(PDF, response.body());
        String etag = "\"" + DocumentIds.of(PDF) + "\"";
        assertEquals(etag, response.headers().firstValue("ETag").orElse(null));
        assertEquals(304, get(file, etag).statusCode(), "unchanged since the last crawl");
    }

    @Test
    void onlyPdfsOfTheSamplesDirectoryAreServed() throws Exception {
        Files.write(samples.getParent().resolve("outside.pdf"), PDF);

        assertEquals(404, get(portal.listingUrl().resolve("files/notes.txt"), null).statusCode());
        assertEquals(404, get(portal.listingUrl().resolve("files/..%2Foutside.pdf"), null).statusCode());
        assertEquals(404, get(portal.listingUrl().resolve("elsewhere"), null).statusCode());
    }

    private HttpResponse<String> get(URI uri, String ifNoneMatch) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri);
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}

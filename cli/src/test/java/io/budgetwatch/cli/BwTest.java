package io.budgetwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.io.TempDir;

import io.budgetwatch.events.DisclosureParsed;
import io.budgetwatch.events.DocumentIds;
import io.budgetwatch.events.EventJson;
import io.budgetwatch.events.ReconciliationReport;

class BwTest {
    /** The bundled samples of deploy/local double as fixtures: real disclosures, in the repository. */
    private static final Path SAMPLES = Path.of("..", "deploy", "local", "samples");
    private static final Path SEED = SAMPLES.resolve("seed-000.pdf");
    /** A small real disclosure (9 pages) where the test is not about what is read: keeps the suite quick. */
    private static final Path SMALL = SAMPLES.resolve("pt-zfb-2025-dept.pdf");

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Bw bw = new Bw(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());

    @Test
    void parsePrintsOneDisclosureParsedPerLineWithTheDepartment() throws IOException {
        int exit = bw.run("parse", SEED.toString());

        assertEquals(ExitCode.OK, exit, stderr());
        List<String> lines = stdout().lines().toList();
        assertEquals(1, lines.size());
        DisclosureParsed parsed = EventJson.read(lines.get(0), DisclosureParsed.class);
        assertEquals("石家庄市科学技术局", parsed.department().name());
        assertEquals(DocumentIds.of(Files.readAllBytes(SEED)), parsed.documentId());
        assertTrue(parsed.sourceUrl().startsWith("file:"), parsed.sourceUrl());
    }

    @Test
    void checkPrintsTheReportOfTheDocument() throws IOException {
        int exit = bw.run("check", SMALL.toString());

        assertEquals(ExitCode.OK, exit, stderr());
        ReconciliationReport report = EventJson.read(stdout().strip(), ReconciliationReport.class);
        assertEquals(DocumentIds.of(Files.readAllBytes(SMALL)), report.documentId());
        assertEquals("上海市普陀区人民政府办公室", report.department().name());
        assertNotNull(report.stats());
        assertTrue(report.stats().rulesRun() > 0, "rules ran: " + report.stats());
    }

    /** 江苏 publishes its 2019 disclosure as 说明 and 公开表: checked together, the text meets the tables. */
    @Test
    void checkWithTheOtherHalfOfADisclosureChecksBothAsOne() throws IOException {
        Path text = Path.of("..", "corpus", "js-swbgt-2019.pdf");
        Path tables = SAMPLES.resolve("js-swbgt-2019-tables.pdf");

        int exit = bw.run("check", text.toString(), "--with", tables.toString());

        assertEquals(ExitCode.OK, exit, stderr());
        assertEquals("", stderr(), "the two are halves of one disclosure");
        ReconciliationReport report = EventJson.read(stdout().strip(), ReconciliationReport.class);
        assertEquals(DocumentIds.of(Files.readAllBytes(text)), report.documentId());
        assertTrue(report.findings().stream().noneMatch(f -> f.message().startsWith("文档未含任何标准表")),
                "the tables are there: " + stdout());
    }

    @Test
    void checkWithAFileOfAnotherDisclosureSaysSoAndChecksTheFileAlone() throws IOException {
        int exit = bw.run("check", SMALL.toString(), "--with", SAMPLES.resolve("js-swbgt-2019-tables.pdf").toString());

        assertEquals(ExitCode.OK, exit, stderr());
        assertTrue(stderr().contains("not the other half of"), stderr());
        assertEquals(DocumentIds.of(Files.readAllBytes(SMALL)),
                EventJson.read(stdout().strip(), ReconciliationReport.class).documentId());
    }

    @Test
    void aFileThatIsNotAPdfFailsWithTheFileAndReasonOnStderr() throws IOException {
        Path notPdf = Files.writeString(tmp.resolve("minutes.pdf"), "<html>not a disclosure</html>");

        int exit = bw.run("parse", notPdf.toString());

        assertEquals(ExitCode.UNREADABLE, exit);
        assertEquals("", stdout());
        assertTrue(stderr().contains(notPdf.toString()), stderr());
        assertTrue(stderr().contains("NOT_PDF"), stderr());
    }

    @Test
    void parseGoesOnAfterAnUnreadableFileAndStillFails() throws IOException {
        Path notPdf = Files.writeString(tmp.resolve("broken.pdf"), "garbage");

        int exit = bw.run("parse", notPdf.toString(), SMALL.toString());

        assertEquals(ExitCode.UNREADABLE, exit);
        assertEquals(1, stdout().lines().count(), "the readable file is still printed");
    }

    @Test
    void aMissingFileIsNoInputNotUnreadable() {
        int exit = bw.run("check", tmp.resolve("absent.pdf").toString());

        assertEquals(ExitCode.NO_INPUT, exit);
        assertTrue(stderr().contains("absent.pdf: cannot open: no such file"), stderr());
    }

    @Test
    void anUnreadablePriorYearFileFailsTheCheck() throws IOException {
        Path notPdf = Files.writeString(tmp.resolve("prior.pdf"), "garbage");

        int exit = bw.run("check", SMALL.toString(), "--previous", notPdf.toString());

        assertEquals(ExitCode.UNREADABLE, exit);
        assertTrue(stderr().contains("prior.pdf"), stderr());
        assertEquals("", stdout());
    }

    @Test
    void auditReportsTheReadingOfEveryFileAndATotal() throws IOException {
        int exit = bw.run("audit", "--json", SAMPLES.toString());

        assertEquals(ExitCode.OK, exit, stderr());
        List<JsonNode> lines = stdout().lines().map(BwTest::json).toList();
        assertEquals(6, lines.size(), "five samples and the total");
        JsonNode seed = lines.stream().filter(l -> l.path("file").asText().endsWith("seed-000.pdf")).findFirst()
                .orElseThrow();
        assertEquals("石家庄市科学技术局", seed.get("department").asText());
        assertEquals(9, seed.get("tablesTyped").asInt(), "all nine standard tables of the 河北 layout");
        assertEquals(seed.get("amountGlyphs").asInt(), seed.get("amountGlyphsAccounted").asInt());
        assertEquals(1, seed.get("criticalFindings").asInt(), "the genuine 资产总额 imbalance of p21");
        JsonNode total = lines.get(lines.size() - 1);
        assertTrue(total.get("total").asBoolean());
        assertEquals(5, total.get("files").asInt());
        assertEquals(lines.subList(0, 5).stream().mapToInt(l -> l.get("amountGlyphs").asInt()).sum(),
                total.get("amountGlyphs").asInt());
        assertTrue(stderr().contains("[5/5]"), "progress on stderr: " + stderr());
    }

    private static JsonNode json(String line) {
        try {
            return new ObjectMapper().readTree(line);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }

    @Test
    void usageErrorsExitWith64AndPrintTheUsage() {
        assertUsageError("no command given");
        assertUsageError("unknown command 'lint'", "lint", "a.pdf");
        assertUsageError("parse needs at least one PDF file", "parse");
        assertUsageError("check needs at least one PDF file", "check");
        assertUsageError("--previous goes with exactly one PDF file, got 2", "check", "a.pdf", "b.pdf", "--previous",
                "c.pdf");
        assertUsageError("audit needs at least one folder or PDF file", "audit", "--json");
        assertUsageError("--previous needs a PDF file", "check", "a.pdf", "--previous");
        assertUsageError("--with goes with exactly one PDF file, got 2", "check", "a.pdf", "b.pdf", "--with", "c.pdf");
        assertUsageError("--with given twice", "check", "a.pdf", "--with", "b.pdf", "--with=c.pdf");
        assertUsageError("unknown option '--prior'", "check", "a.pdf", "--prior", "b.pdf");
        assertUsageError("crawl needs a start URL", "crawl");
        assertUsageError("not an http(s) URL: 'ftp://portal.example/'", "crawl", "ftp://portal.example/");
        assertUsageError("--max-pages needs a positive number, got '0'", "crawl", "http://portal.example/",
                "--max-pages", "0");
    }

    @Test
    void helpPrintsTheUsageAndSucceeds() {
        assertEquals(ExitCode.OK, bw.run("--help"));
        assertTrue(stdout().startsWith("usage: bw parse"), stdout());
    }

    private void assertUsageError(String message, String... args) {
        out.reset();
        err.reset();
        assertEquals(ExitCode.USAGE, bw.run(args), String.join(" ", args));
        assertTrue(stderr().startsWith("bw: " + message + "\n"), stderr());
        assertTrue(stderr().contains("usage: bw parse"), stderr());
        assertEquals("", stdout());
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}

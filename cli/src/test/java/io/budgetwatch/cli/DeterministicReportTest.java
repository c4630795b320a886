package io.budgetwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The same PDF gives the same findings, in the same order, in every run: checked by two JVMs, since an order that
 * comes from hashing (Map.of) changes from one JVM to the next and never within one.
 */
class DeterministicReportTest {
    private static final Path SEED = Path.of("..", "deploy", "local", "samples", "seed-003.pdf");
    private static final long RUN_SECONDS = 120;

    @Test
    void twoRunsOfTheCheckPrintTheSameFindingsInTheSameOrder() throws Exception {
        JsonNode first = check();
        JsonNode second = check();

        assertTrue(first.get("findings").size() > 1, "a document with findings: " + first.get("findings").size());
        assertEquals(first.get("findings"), second.get("findings"));
        assertEquals(first.get("stats"), second.get("stats"));
    }

    private static JsonNode check() throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Bw.class.getName(), "check",
                SEED.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(RUN_SECONDS, TimeUnit.SECONDS), "bw check ends");
        assertEquals(0, process.exitValue());
        return new ObjectMapper().readTree(new String(out, StandardCharsets.UTF_8));
    }
}

package io.budgetwatch.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.budgetwatch.events.EventJson;

/**
 * End to end: the packaged launcher ({@code target/local-launcher.jar}, as deploy/local/run starts it) runs
 * {@code --once} over the bundled samples with the services' packaged jars, real KRaft and real PostgreSQL, and an
 * extra webhook that this test runs, with two parse-service instances in one consumer group. It must exit 0,
 * deliver alerts naming department and rule, and leave no process behind.
 */
class LocalStackIT {
    private static final Path TARGET = Path.of("target");
    private static final Duration LAUNCHER_TIMEOUT = Duration.ofMinutes(6);
    /** Longer than the launcher's own timeout, so its verdict (and message) comes first. */
    private static final Duration TEST_TIMEOUT = LAUNCHER_TIMEOUT.plusMinutes(2);

    @Test
    void onceRunsEverySampleThroughAndDeliversAlertsToAnExtraWebhook() throws Exception {
        List<JsonNode> alerts = new CopyOnWriteArrayList<>();
        try (LoopbackHttp receiver = LoopbackHttp.serve("it-webhook", "/hook", exchange -> {
            try (exchange; InputStream body = exchange.getRequestBody()) {
                EventJson.mapper().readTree(body).path("alerts").forEach(alerts::add);
                LoopbackHttp.respondText(exchange, 200, "ok");
            }
        })) {
            Path output = TARGET.resolve("local-stack-it.out");

            Process launcher = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx1g", "-jar", TARGET.resolve("local-launcher.jar").toString(), "--once",
                    "--timeout", LAUNCHER_TIMEOUT.toSeconds() + "s",
                    "--webhook", receiver.baseUrl().resolve("hook").toString(),
                    "--state-dir", TARGET.resolve("local-stack-it-state").toString(), "--parse-instances", "2")
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            Set<ProcessHandle> started = ConcurrentHashMap.newKeySet();
            Map<Long, String> commands = new ConcurrentHashMap<>();
            if (!awaitExit(launcher, started, commands)) {
                launcher.destroy(); // SIGTERM: the launcher's shutdown hook stops what it started
                launcher.waitFor(1, TimeUnit.MINUTES);
                fail("the launcher did not finish within " + TEST_TIMEOUT + ":\n" + read(output));
            }

            String console = read(output);
            assertEquals(0, launcher.exitValue(), "launcher exit code; its output:\n" + console);
            assertFalse(alerts.isEmpty(), "no alert reached the extra webhook; launcher output:\n" + console);
            assertTrue(alerts.stream().anyMatch(LocalStackIT::namesDepartmentAndRule),
                    "no alert with department and rule labels: " + alerts);
            assertTrue(console.contains("ALERT FIRING"), "the console webhook printed the alerts:\n" + console);
            assertTrue(console.contains("summary"), console);
            assertFalse(started.isEmpty(), "the services ran as child processes");
            assertEquals(2, commands.values().stream().filter(c -> c.contains("parse-service")).count(),
                    "two parse-service instances: " + commands.values());
            assertTrue(console.contains("started 6 services"), console);
            assertTrue(read(TARGET.resolve("local-stack-it-state").resolve("logs").resolve("parse-service-2.log"))
                    .contains("started in"), "the second parse-service instance started");
            for (ProcessHandle child : started) {
                child.onExit().get(30, TimeUnit.SECONDS);
                assertFalse(child.isAlive(), "left running: " + child.info());
            }
        }
    }

    /**
     * Waits for the launcher, meanwhile noting every process it starts (services, PostgreSQL) and its command line
     * (gone once it exits) to check later.
     */
    private static boolean awaitExit(Process launcher, Set<ProcessHandle> started, Map<Long, String> commands)
            throws InterruptedException {
        long deadline = System.nanoTime() + TEST_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            launcher.descendants().forEach(child -> {
                started.add(child);
                child.info().commandLine().ifPresent(c -> commands.put(child.pid(), c));
            });
            if (launcher.waitFor(1, TimeUnit.SECONDS)) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesDepartmentAndRule(JsonNode alert) {
        JsonNode labels = alert.path("labels");
        return !labels.path("department").asText("").isBlank() && !labels.path("rule").asText("").isBlank();
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}

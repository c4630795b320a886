package io.budgetwatch.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void defaultsRunUntilStoppedWithTheConsoleOnly() {
        LaunchOptions options = LaunchOptions.parse();

        assertFalse(options.once());
        assertEquals(LaunchOptions.DEFAULT_TIMEOUT, options.timeout());
        assertEquals(List.of(), options.webhooks());
        assertNull(options.stateDir());
        assertEquals(6, options.partitions(), "as many as deploy/k8s gives each topic");
        assertEquals(1, options.parseInstances());
    }

    @Test
    void readsEveryOption() {
        LaunchOptions options = LaunchOptions.parse("--once", "--timeout", "90", "--webhook", "http://127.0.0.1:9/a",
                "--webhook", "https://hooks.example/b", "--state-dir", "/tmp/bw", "--partitions", "2",
                "--parse-instances", "2");

        assertTrue(options.once());
        assertEquals(Duration.ofSeconds(90), options.timeout());
        assertEquals(List.of(URI.create("http://127.0.0.1:9/a"), URI.create("https://hooks.example/b")),
                options.webhooks());
        assertEquals(Path.of("/tmp/bw"), options.stateDir());
        assertEquals(2, options.partitions());
        assertEquals(2, options.parseInstances());
    }

    @Test
    void timeoutsTakeSecondsOrMinutes() {
        assertEquals(Duration.ofSeconds(45), LaunchOptions.parse("--timeout", "45s").timeout());
        assertEquals(Duration.ofMinutes(10), LaunchOptions.parse("--timeout", "10m").timeout());
    }

    @Test
    void wrongArgumentsSayWhatIsWrong() {
        assertMessage("unknown argument '--one'", "--one");
        assertMessage("--timeout needs a value", "--timeout");
        assertMessage("--webhook needs a value", "--webhook", "--once");
        assertMessage("--timeout takes a positive number of seconds (600), or 90s / 10m; got '0'", "--timeout", "0");
        assertMessage("--timeout takes a positive number of seconds (600), or 90s / 10m; got 'soon'", "--timeout",
                "soon");
        assertMessage("--webhook takes an http(s) URL such as http://127.0.0.1:9000/alerts; got 'localhost:9000'",
                "--webhook", "localhost:9000");
        assertMessage("--partitions takes a whole number from 1 to 1000; got '0'", "--partitions", "0");
        assertMessage("--partitions takes a whole number from 1 to 1000; got 'six'", "--partitions", "six");
        assertMessage("--parse-instances 3 exceeds --partitions 2: an instance beyond the partition count would get "
                + "no partition and idle", "--partitions", "2", "--parse-instances", "3");
    }

    private static void assertMessage(String message, String... args) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(args))
                .getMessage());
    }
}

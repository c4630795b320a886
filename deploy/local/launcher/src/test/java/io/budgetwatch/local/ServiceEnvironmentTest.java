package io.budgetwatch.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.budgetwatch.events.Severity;

class ServiceEnvironmentTest {
    private final ServiceEnvironment services = new ServiceEnvironment("localhost:9092",
            Map.of("BUDGETWATCH_DB_URL", "postgresql://localhost:5432/postgres"), URI.create("http://127.0.0.1:7000/"),
            Map.of(Service.INGEST, 7001, Service.PARSE, 7002, Service.RECONCILE, 7003, Service.NOTIFY, 7004,
                    Service.CONSOLE, 7006),
            List.of(URI.create("http://127.0.0.1:7005/alerts"), URI.create("http://hooks.example/b")),
            Severity.WARNING, new ConsoleKeys("notify-key", "operator-key"));

    @Test
    void everyServiceListensOnItsLoopbackPortAndFindsKafka() {
        for (Service service : Service.values()) {
            Map<String, String> env = services.of(service);
            assertEquals(String.valueOf(services.ports().get(service)), env.get("PORT"));
            assertEquals("127.0.0.1", env.get("QUARKUS_HTTP_HOST"));
            assertEquals("localhost:9092", env.get("KAFKA_BOOTSTRAP_SERVERS"));
            assertEquals(service.usesDatabase(), env.containsKey("BUDGETWATCH_DB_URL"), service.name());
        }
        assertFalse(services.of(Service.PARSE).containsKey("BUDGETWATCH_DB_URL"), "parse-service keeps no state");
    }

    @Test
    void ingestCrawlsThePortalAndHandsOutItsOwnUrl() {
        Map<String, String> env = services.of(Service.INGEST);

        assertEquals("http://127.0.0.1:7000/", env.get("BUDGETWATCH_INGEST_SOURCES"));
        assertEquals("http://127.0.0.1:7001/", env.get("BUDGETWATCH_INGEST_PUBLIC_URL"));
        assertEquals("127.0.0.1", env.get("BUDGETWATCH_INGEST_ALLOWED_PRIVATE_HOSTS"),
                "the loopback portal is allow-listed, nothing else");
    }

    @Test
    void notifyDeliversToEveryWebhookAtTheLauncherThreshold() {
        Map<String, String> env = services.of(Service.NOTIFY);

        assertEquals("http://127.0.0.1:7005/alerts,http://hooks.example/b", env.get("BUDGETWATCH_NOTIFY_WEBHOOK_URLS"));
        assertEquals("warning", env.get(ServiceEnvironment.MIN_SEVERITY_VARIABLE));
    }

    @Test
    void theConsoleReadsEveryServiceAndWritesSilencesWithAKeyNotifyAccepts() {
        Map<String, String> console = services.of(Service.CONSOLE);
        Map<String, String> notify = services.of(Service.NOTIFY);

        assertEquals("http://127.0.0.1:7001/", console.get("BUDGETWATCH_CONSOLE_INGEST_URL"));
        assertEquals("http://127.0.0.1:7003/", console.get("BUDGETWATCH_CONSOLE_RECONCILE_URL"));
        assertEquals("http://127.0.0.1:7004/", console.get("BUDGETWATCH_CONSOLE_NOTIFY_URL"));
        assertEquals("console:" + console.get("BUDGETWATCH_CONSOLE_NOTIFY_API_KEY"),
                notify.get("BUDGETWATCH_NOTIFY_API_KEYS"));
        assertEquals("local:operator-key", console.get("BUDGETWATCH_CONSOLE_KEYS"));
        assertEquals("http://127.0.0.1:7006/", notify.get("BUDGETWATCH_CONSOLE_URL"),
                "notifications link to the console");
    }

    @Test
    void freePortsAreDistinct() throws StageFailure {
        Map<Service, Integer> ports = ServiceEnvironment.freePorts();

        assertEquals(Service.values().length, new HashSet<>(ports.values()).size());
        ports.values().forEach(port -> assertNotEquals(0, port));
    }
}

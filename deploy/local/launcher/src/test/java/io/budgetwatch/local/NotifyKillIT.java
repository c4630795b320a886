package io.budgetwatch.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import io.budgetwatch.events.Department;
import io.budgetwatch.events.DisclosureKind;
import io.budgetwatch.events.EventJson;
import io.budgetwatch.events.Evidence;
import io.budgetwatch.events.Finding;
import io.budgetwatch.events.ReconciliationReport;
import io.budgetwatch.events.Severity;
import io.budgetwatch.events.Stats;
import io.budgetwatch.events.Topics;

/**
 * notify-service's packaged jar, killed with SIGKILL (what {@code kill -9} sends) while a webhook request is in
 * flight, then started again against the same real KRaft broker and PostgreSQL: the notification whose request the
 * receiver never finished answering is sent again and accepted once, and the one delivered before the kill is not
 * sent again.
 */
class NotifyKillIT {
    private static final Path TARGET = Path.of("target");
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(2);
    /** Short, so the killed sender's claim lapses within the test; above the receiver timeout, as required. */
    private static final String LEASE = "PT15S";
    private static final String RECEIVER_TIMEOUT = "PT10S";
    /** How long the test watches for a second, duplicate delivery. */
    private static final Duration SETTLE = Duration.ofSeconds(5);
    /** A process killed by signal 9, as Java reports its exit code. */
    private static final int SIGKILL_EXIT = 128 + 9;

    private final List<String> accepted = new CopyOnWriteArrayList<>();
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final CountDownLatch inFlight = new CountDownLatch(1);
    private final CountDownLatch killed = new CountDownLatch(1);
    private final AtomicBoolean held = new AtomicBoolean();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void aNotificationInFlightWhenNotifyIsKilledIsDeliveredOnceAfterTheRestartAndNothingIsSentTwice()
            throws Exception {
        Path state = TARGET.resolve("notify-kill-it-state");
        Files.createDirectories(state);
        Department delivered = new Department("石家庄市科学技术局", "306", "河北省石家庄市");
        Department interrupted = new Department("保定市财政局", "201", "河北省保定市");
        String deliveredFingerprint = fingerprint();
        String interruptedFingerprint = fingerprint();
        List<Process> processes = new ArrayList<>();
        try (KafkaBroker kafka = KafkaBroker.start(state.resolve("kafka"), LaunchOptions.DEFAULT_PARTITIONS);
                Database database = Database.start(Map.of(), state.resolve("postgres"));
                LoopbackHttp receiver = LoopbackHttp.serve("kill-it-webhook", "/hook",
                        exchange -> receive(exchange, interruptedFingerprint));
                KafkaProducer<String, String> producer = producer(kafka.bootstrapServers())) {
            int port = ServiceEnvironment.freePorts().get(Service.NOTIFY);
            Map<String, String> environment = environment(port, kafka, database,
                    receiver.baseUrl().resolve("hook"));
            Path jar = RepoLayout.ofRunningLauncher().serviceJar(Service.NOTIFY.module());

            Process first = start(jar, environment, state.resolve("notify-1.log"), processes);
            awaitReady(first, port, state.resolve("notify-1.log"));
            send(producer, report(delivered, deliveredFingerprint));
            await(() -> count(accepted, deliveredFingerprint) == 1, "the first alert was not delivered");

            send(producer, report(interrupted, interruptedFingerprint));
            assertTrue(inFlight.await(60, TimeUnit.SECONDS), "the second notification never reached the receiver");
            first.destroyForcibly();
            assertTrue(first.waitFor(30, TimeUnit.SECONDS), "notify-service outlived SIGKILL");
            assertEquals(SIGKILL_EXIT, first.exitValue(), "killed by signal 9, not stopped");
            killed.countDown();

            Process second = start(jar, environment, state.resolve("notify-2.log"), processes);
            awaitReady(second, port, state.resolve("notify-2.log"));
            await(() -> count(accepted, interruptedFingerprint) == 1,
                    "the notification in flight at the kill was lost");
            Thread.sleep(SETTLE.toMillis());
            assertEquals(1, count(accepted, interruptedFingerprint), "accepted once");
            assertEquals(2, count(received, interruptedFingerprint), "sent again once, after the lease ended");
            assertEquals(1, count(received, deliveredFingerprint), "what was delivered before the kill is not resent");
            stop(processes); // before the broker and the database go
        } finally {
            killed.countDown();
            stop(processes);
        }
    }

    private static void stop(List<Process> processes) throws InterruptedException {
        for (Process process : processes) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /**
     * The webhook: answers 200 to every request but the first one carrying {@code holdFingerprint}, which it
     * keeps unanswered until notify-service has been killed (a delivery cut off mid-request is not a delivery).
     */
    private void receive(com.sun.net.httpserver.HttpExchange exchange, String holdFingerprint) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            received.add(body);
            if (body.contains(holdFingerprint) && held.compareAndSet(false, true)) {
                inFlight.countDown();
                try {
                    killed.await(2, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return;
            }
            accepted.add(body);
            LoopbackHttp.respondText(exchange, 200, "ok");
        }
    }

    private static Map<String, String> environment(int port, KafkaBroker kafka, Database database, URI webhook) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PORT", String.valueOf(port));
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        env.putAll(database.serviceEnvironment());
        env.put("BUDGETWATCH_NOTIFY_WEBHOOK_URLS", webhook.toString());
        env.put("BUDGETWATCH_NOTIFY_OUTBOX_LEASE", LEASE);
        env.put("BUDGETWATCH_NOTIFY_WEBHOOK_TIMEOUT", RECEIVER_TIMEOUT);
        return env;
    }

    private static Process start(Path jar, Map<String, String> environment, Path log, List<Process> processes)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8", "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        processes.add(process);
        return process;
    }

    private void awaitReady(Process process, int port, Path log) throws Exception {
        URI ready = URI.create("http://127.0.0.1:" + port + "/q/health/ready");
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("notify-service exited with " + process.exitValue() + ":\n" + Files.readString(log));
            }
            try {
                if (http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        fail("notify-service was not ready within " + READY_TIMEOUT + ":\n" + Files.readString(log));
    }

    private static void await(BooleanSupplier condition, String failure) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail(failure);
            }
            Thread.sleep(200);
        }
    }

    private static long count(List<String> bodies, String fingerprint) {
        return bodies.stream().filter(b -> b.contains(fingerprint)).count();
    }

    private static KafkaProducer<String, String> producer(String bootstrap) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
    }

    private static void send(KafkaProducer<String, String> producer, ReconciliationReport report) throws Exception {
        producer.send(new ProducerRecord<>(Topics.FINDINGS, report.departmentKey(), EventJson.writeString(report)))
                .get(30, TimeUnit.SECONDS);
    }

    private static ReconciliationReport report(Department department, String fingerprint) {
        Finding finding = new Finding("3P-001", "three_public", Severity.CRITICAL,
                "“三公”经费支出表：合计 12.50 万元 ≠ 各项之和 12.00 万元，差额 0.50 万元", new BigDecimal("125000"),
                new BigDecimal("120000"), new BigDecimal("5000"), new BigDecimal("150"),
                List.of(new Evidence("three_public_expenditure", 25, "threePublicTotal", "amount", null)),
                fingerprint);
        return new ReconciliationReport(ReconciliationReport.SCHEMA_VERSION, UUID.randomUUID().toString(),
                (fingerprint + fingerprint).substring(0, 64), department.key(), department, 2023,
                DisclosureKind.BUDGET, "kill-it", List.of(finding), List.of(), new Stats(10, 9, 1, 0), Instant.now());
    }

    private static String fingerprint() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}

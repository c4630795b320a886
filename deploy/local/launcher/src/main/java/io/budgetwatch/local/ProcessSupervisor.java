package io.budgetwatch.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs the services as child JVMs ({@code java -jar …/quarkus-run.jar}), each with its own free port and log file,
 * waits for their readiness, notices when one dies, and stops them all: SIGTERM first so Quarkus drains in-flight
 * records, then SIGKILL for any that outstay the grace period.
 */
final class ProcessSupervisor implements AutoCloseable {
    /** Small heaps and the serial collector: four JVMs, a broker and PostgreSQL share two cores here. */
    private static final List<String> JVM_OPTIONS = List.of("-Xmx512m", "-XX:+UseSerialGC",
            "-XX:+ExitOnOutOfMemoryError", "-Dfile.encoding=UTF-8");
    /** SIGTERM to SIGKILL: Quarkus drains in-flight records within it; a local stack should not linger longer. */
    private static final Duration GRACE = Duration.ofSeconds(20);
    private static final Duration KILL_WAIT = Duration.ofSeconds(10);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final int LOG_LINES_ON_FAILURE = 12;

    record Child(String name, Process process, URI baseUrl, Path log, long startNanos) {
    }

    private final List<Child> children = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Console console;
    private boolean stopping;

    ProcessSupervisor(Console console) {
        this.console = console;
    }

    synchronized Child start(String name, Path jar, URI baseUrl, Map<String, String> environment, Path log)
            throws StageFailure {
        if (stopping) {
            throw new StageFailure("shutdown", "not starting " + name + ": the launcher is shutting down");
        }
        if (!Files.isRegularFile(jar)) {
            throw new StageFailure(name, jar + " is missing: build first with ./mvnw install -DskipTests from the "
                    + "repository root (deploy/local/run does this when needed)");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        try {
            Child child = new Child(name, builder.start(), baseUrl, log, System.nanoTime());
            children.add(child);
            return child;
        } catch (IOException e) {
            throw new StageFailure(name, "could not start " + String.join(" ", command) + ": " + e, e);
        }
    }

    /** Waits until every child answers {@code /q/health/ready} with 200, printing each as it becomes ready. */
    void awaitReady(Instant deadline) throws StageFailure {
        List<Child> waiting = new ArrayList<>(snapshot());
        while (!waiting.isEmpty()) {
            for (Child child : List.copyOf(waiting)) {
                if (!child.process().isAlive()) {
                    throw new StageFailure(child.name(), child.name() + " exited with code "
                            + child.process().exitValue() + " while starting; " + LogTail.of(child.log(),
                                    LOG_LINES_ON_FAILURE));
                }
                if (ready(child)) {
                    waiting.remove(child);
                    console.line(String.format("%-17s ready on %s (%.1f s, log %s)", child.name(), child.baseUrl(),
                            (System.nanoTime() - child.startNanos()) / 1e9, child.log()));
                }
            }
            if (!waiting.isEmpty() && Instant.now().isAfter(deadline)) {
                Child late = waiting.get(0);
                throw new StageFailure(late.name(), late.name() + " was not ready in time (GET "
                        + late.baseUrl().resolve("q/health/ready") + " did not answer 200); "
                        + LogTail.of(late.log(), LOG_LINES_ON_FAILURE));
            }
            Pause.sleep(POLL);
        }
    }

    /** The first child that exited although nobody asked it to, as a failure naming it; empty while all run. */
    synchronized Optional<StageFailure> unexpectedExit() {
        if (stopping) {
            return Optional.empty();
        }
        return children.stream().filter(c -> !c.process().isAlive()).findFirst()
                .map(c -> new StageFailure(c.name(), c.name() + " exited unexpectedly with code "
                        + c.process().exitValue() + "; " + LogTail.of(c.log(), LOG_LINES_ON_FAILURE)));
    }

    @Override
    public void close() {
        List<Child> running;
        synchronized (this) {
            stopping = true;
            running = List.copyOf(children);
        }
        long stopNanos = System.nanoTime();
        running.forEach(c -> c.process().destroy());
        boolean allGraceful = true;
        for (Child child : running) {
            if (!waitFor(child.process(), stopNanos + GRACE.toNanos() - System.nanoTime())) {
                allGraceful = false;
                console.line(child.name() + " did not stop within " + GRACE.toSeconds() + " s of SIGTERM: killing it"
                        + " (log " + child.log() + ")");
                child.process().destroyForcibly();
                waitFor(child.process(), KILL_WAIT.toNanos());
            }
        }
        if (allGraceful && !running.isEmpty()) {
            console.line(String.format("services stopped (%.1f s)", (System.nanoTime() - stopNanos) / 1e9));
        }
    }

    private synchronized List<Child> snapshot() {
        return List.copyOf(children);
    }

    private boolean ready(Child child) {
        HttpRequest request = HttpRequest.newBuilder(child.baseUrl().resolve("q/health/ready"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false; // not listening yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean waitFor(Process process, long nanos) {
        try {
            return process.waitFor(Math.max(0, nanos), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}

package io.budgetwatch.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.budgetwatch.events.Severity;
import io.budgetwatch.events.Topics;

/**
 * The whole pipeline on this machine: state directory, KRaft broker, PostgreSQL, local portal, console webhook,
 * topic watcher, the four services and the web console, started in dependency order. Each part is registered with
 * {@link Resources} as soon as it runs, so shutdown stops exactly what was started.
 */
final class LocalStack {
    private static final Duration CRAWL_TIMEOUT = Duration.ofMinutes(2);

    private final StateDirectory state;
    private final Samples samples;
    private final Database database;
    private final ConsoleWebhook webhook;
    private final PipelineProgress progress;
    private final ProcessSupervisor supervisor;
    private final URI ingestUrl;
    private final Console console;

    private LocalStack(StateDirectory state, Samples samples, Database database, ConsoleWebhook webhook,
            PipelineProgress progress, ProcessSupervisor supervisor, URI ingestUrl, Console console) {
        this.state = state;
        this.samples = samples;
        this.database = database;
        this.webhook = webhook;
        this.progress = progress;
        this.supervisor = supervisor;
        this.ingestUrl = ingestUrl;
        this.console = console;
    }

    static LocalStack start(RepoLayout layout, LaunchOptions options, Map<String, String> environment,
            Resources resources, Console console, Instant deadline) throws StageFailure {
        Severity alertThreshold = alertThreshold(environment);
        StateDirectory state = resources.add("state directory",
                StateDirectory.prepare(options.stateDir() == null ? layout.defaultStateDir() : options.stateDir()));
        InfraLog.toFile(state.log("launcher"));
        console.line("state in " + state.root() + "; broker and PostgreSQL log to " + state.log("launcher"));
        Samples samples = Samples.load(layout.samples());

        KafkaBroker broker = resources.add("Kafka broker", KafkaBroker.start(state.kafka(), options.partitions()));
        console.line("Kafka (KRaft, in-process) on " + broker.bootstrapServers());
        Database database = resources.add("PostgreSQL", Database.start(environment, state.postgres()));
        console.line(database.describe());
        LocalPortal portal = resources.add("local portal", LocalPortal.start(samples.dir()));
        console.line("portal serving " + samples.files().size() + " sample disclosures from " + samples.dir() + " at "
                + portal.listingUrl());
        ConsoleWebhook webhook = resources.add("console webhook", ConsoleWebhook.start(console));

        PipelineProgress progress = new PipelineProgress(alertThreshold);
        Map<String, String> fileNames = samples.files().stream()
                .collect(Collectors.toMap(Samples.Sample::documentId, Samples.Sample::fileName, (a, b) -> a));
        resources.add("topic watcher", PipelineWatcher.start(broker.bootstrapServers(), fileNames, progress, console));

        ProcessSupervisor supervisor = resources.add("services", new ProcessSupervisor(console));
        List<URI> webhooks = new ArrayList<>(List.of(webhook.url()));
        webhooks.addAll(options.webhooks());
        ConsoleKeys consoleKeys = ConsoleKeys.random();
        ServiceEnvironment services = new ServiceEnvironment(broker.bootstrapServers(),
                database.serviceEnvironment(), portal.listingUrl(), ServiceEnvironment.freePorts(), webhooks,
                alertThreshold, consoleKeys);
        Set<Integer> taken = new HashSet<>(services.ports().values());
        int started = 0;
        for (Service service : Service.values()) {
            int instances = service == Service.PARSE ? options.parseInstances() : 1;
            for (int instance = 1; instance <= instances; instance++) {
                // a further instance joins the same consumer group on its own port and log
                int port = instance == 1 ? services.ports().get(service) : ServiceEnvironment.freePort(taken);
                String name = instance == 1 ? service.module() : service.module() + "-" + instance;
                supervisor.start(name, layout.serviceJar(service.module()), ServiceEnvironment.baseUrl(port),
                        services.of(service, port), state.log(name));
                started++;
            }
        }
        console.line("started " + started + " services; alerts go to the console"
                + (options.webhooks().isEmpty() ? "" : " and " + options.webhooks()));
        supervisor.awaitReady(deadline);
        console.line("console: " + services.baseUrl(Service.CONSOLE));
        console.line("console sign-in key (to create and expire silences): " + consoleKeys.operatorKey());
        return new LocalStack(state, samples, database, webhook, progress, supervisor,
                services.baseUrl(Service.INGEST), console);
    }

    /** Asks ingest-service to crawl the portal now (instead of waiting for its schedule). */
    void crawl() throws StageFailure {
        HttpRequest request = HttpRequest.newBuilder(ingestUrl.resolve("api/crawls")).timeout(CRAWL_TIMEOUT)
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new StageFailure(Service.INGEST.module(), "POST " + request.uri() + " answered HTTP "
                        + response.statusCode() + ": " + response.body() + "; see " + log(Service.INGEST));
            }
            console.line("ingest    crawled the portal: " + response.body());
        } catch (IOException e) {
            throw new StageFailure(Service.INGEST.module(), "POST " + request.uri() + " failed: " + e + "; see "
                    + log(Service.INGEST), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StageFailure("shutdown", "interrupted during the crawl");
        }
    }

    /** Throws if a service died: the pipeline cannot finish without it. */
    void checkRunning() throws StageFailure {
        Optional<StageFailure> exit = supervisor.unexpectedExit();
        if (exit.isPresent()) {
            throw exit.get();
        }
    }

    void printSummary() {
        PipelineProgress.Totals totals = progress.totals();
        int dlqRecords = totals.deadLettersByTopic().values().stream().mapToInt(Integer::intValue).sum();
        console.line("summary");
        console.line("  documents  " + totals.discovered() + " published, " + totals.parsed() + " parsed, "
                + totals.deadLettered() + " dead-lettered");
        console.line("  reports    " + totals.reports() + ", findings: " + Severities.format(totals.findings()));
        console.line("  alerts     " + webhook.alertsReceived() + " printed by the console webhook, "
                + totals.alertEvents() + " state changes on " + Topics.ALERTS);
        console.line("  DLQ        " + dlqRecords + " records"
                + (dlqRecords == 0 ? "" : " " + totals.deadLettersByTopic()));
        console.line("  logs       " + state.logs());
    }

    Samples samples() {
        return samples;
    }

    PipelineProgress progress() {
        return progress;
    }

    ConsoleWebhook webhook() {
        return webhook;
    }

    Console console() {
        return console;
    }

    boolean externalDatabase() {
        return database.external();
    }

    Path log(Service service) {
        return state.log(service.module());
    }

    private static Severity alertThreshold(Map<String, String> environment) throws StageFailure {
        String value = environment.getOrDefault(ServiceEnvironment.MIN_SEVERITY_VARIABLE, "warning");
        try {
            return Severity.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new StageFailure(Service.NOTIFY.module(), ServiceEnvironment.MIN_SEVERITY_VARIABLE
                    + " must be critical, warning or info, not '" + value + "'");
        }
    }
}

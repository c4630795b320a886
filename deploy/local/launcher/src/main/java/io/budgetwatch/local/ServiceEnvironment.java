package io.budgetwatch.local;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.budgetwatch.events.Severity;

/**
 * How the four services and the console are wired together on this machine: the environment variables each is started with
 * (DESIGN.md's configuration surface), and the loopback URL each listens on.
 *
 * @param database the database services' connection variables ({@link Database#serviceEnvironment()})
 * @param webhooks every webhook notify-service delivers to: the console's first
 * @param consoleKeys the web console's keys for this run
 */
record ServiceEnvironment(String bootstrapServers, Map<String, String> database, URI portal,
        Map<Service, Integer> ports, List<URI> webhooks, Severity alertThreshold, ConsoleKeys consoleKeys) {

    static final String MIN_SEVERITY_VARIABLE = "BUDGETWATCH_NOTIFY_MIN_SEVERITY";
    /** The launcher crawls once itself right after start-up; ingest's own schedule then re-crawls at this pace. */
    static final String POLL_INTERVAL = "30s";
    static final String LOCAL_PORTAL_HOST_DELAY = "PT0.1S";

    /** A free loopback port per service, picked now (by the time a service binds it, another program rarely has). */
    static Map<Service, Integer> freePorts() throws StageFailure {
        Map<Service, Integer> ports = new EnumMap<>(Service.class);
        Set<Integer> taken = new HashSet<>();
        for (Service service : Service.values()) {
            ports.put(service, freePort(taken));
        }
        return ports;
    }

    /** A free loopback port not in {@code taken}, which it is added to. */
    static int freePort(Set<Integer> taken) throws StageFailure {
        try {
            int port;
            do {
                try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
                    port = socket.getLocalPort();
                }
            } while (!taken.add(port));
            return port;
        } catch (IOException e) {
            throw new StageFailure("ports", "no free port on the loopback interface: " + e, e);
        }
    }

    URI baseUrl(Service service) {
        return baseUrl(ports.get(service));
    }

    static URI baseUrl(int port) {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    Map<String, String> of(Service service) {
        return of(service, ports.get(service));
    }

    /** The environment of an instance of {@code service} listening on {@code port} (a further instance's own). */
    Map<String, String> of(Service service, int port) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PORT", String.valueOf(port));
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1"); // a local stack listens on loopback only
        env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
        if (service.usesDatabase()) {
            env.putAll(database);
        }
        switch (service) {
            case INGEST -> {
                env.put("BUDGETWATCH_INGEST_SOURCES", portal.toString());
                // the local portal is on loopback, which ingest refuses unless allow-listed
                env.put("BUDGETWATCH_INGEST_ALLOWED_PRIVATE_HOSTS", portal.getHost());
                // our own portal: a short pause between requests keeps the samples' crawl to seconds
                env.put("BUDGETWATCH_INGEST_CRAWL_HOST_DELAY", LOCAL_PORTAL_HOST_DELAY);
                env.put("BUDGETWATCH_INGEST_PUBLIC_URL", baseUrl(service).toString());
                env.put("BUDGETWATCH_INGEST_POLL_INTERVAL", POLL_INTERVAL);
                // the first crawl is the launcher's own: a scheduled one racing it would find nothing new
                env.put("BUDGETWATCH_INGEST_INITIAL_DELAY", POLL_INTERVAL);
            }
            case NOTIFY -> {
                env.put("BUDGETWATCH_NOTIFY_WEBHOOK_URLS",
                        webhooks.stream().map(URI::toString).collect(Collectors.joining(",")));
                env.put(MIN_SEVERITY_VARIABLE, alertThreshold.name().toLowerCase(Locale.ROOT));
                env.put("BUDGETWATCH_NOTIFY_EXTERNAL_URL", baseUrl(service).toString());
                // notifications link to the finding in the console, which writes silences with its own key
                env.put("BUDGETWATCH_CONSOLE_URL", baseUrl(Service.CONSOLE).toString());
                env.put("BUDGETWATCH_NOTIFY_API_KEYS", ConsoleKeys.NOTIFY_IDENTITY + ":" + consoleKeys.notifyApiKey());
            }
            // parse-service fetches the PDFs only from ingest-service
            case PARSE -> env.put("BUDGETWATCH_PARSE_CONTENT_BASE_URLS", baseUrl(Service.INGEST).toString());
            case RECONCILE -> {
                // Kafka only
            }
            case CONSOLE -> {
                env.put("BUDGETWATCH_CONSOLE_INGEST_URL", baseUrl(Service.INGEST).toString());
                env.put("BUDGETWATCH_CONSOLE_RECONCILE_URL", baseUrl(Service.RECONCILE).toString());
                env.put("BUDGETWATCH_CONSOLE_NOTIFY_URL", baseUrl(Service.NOTIFY).toString());
                env.put("BUDGETWATCH_CONSOLE_NOTIFY_API_KEY", consoleKeys.notifyApiKey());
                env.put("BUDGETWATCH_CONSOLE_KEYS", ConsoleKeys.OPERATOR_IDENTITY + ":" + consoleKeys.operatorKey());
            }
        }
        return env;
    }
}

package io.budgetwatch.local;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The launcher's command line.
 *
 * @param once     exit once the bundled samples went through the pipeline and their alerts were printed
 * @param timeout  with {@code once}: the whole run, start-up included, must finish within this
 * @param webhooks extra Alertmanager-v4 webhook receivers, besides the console
 * @param stateDir logs and data; null means {@code deploy/local/.state}
 * @param partitions how many partitions the broker gives each topic it creates
 * @param parseInstances how many parse-service processes share its consumer group
 * @param help     print the usage and exit
 */
record LaunchOptions(boolean once, Duration timeout, List<URI> webhooks, Path stateDir, int partitions,
        int parseInstances, boolean help) {

    static final String USAGE = """
            usage: deploy/local/run [--once] [--timeout DUR] [--webhook URL]... [--state-dir DIR]
                                    [--partitions N] [--parse-instances N]
              Starts Kafka (KRaft), PostgreSQL, the four services and the web console, serves deploy/local/samples
              as a portal, crawls it and prints every alert. Runs until Ctrl-C, which stops everything it started.
              --once           exit 0 once every sample was checked (or dead-lettered) and its alerts printed;
                               non-zero, naming the stage, if something failed or the timeout passed
              --timeout DUR    with --once: give up after DUR (seconds, or 90s / 10m; default 600s)
              --webhook URL    also deliver alerts to URL (Alertmanager webhook v4 JSON); repeatable
              --state-dir DIR  logs and data (default deploy/local/.state)
              --partitions N   partitions of every topic (default 6, as deploy/k8s's KafkaTopics): a consumer
                               group uses at most N instances
              --parse-instances N  run N parse-service processes in one consumer group (default 1; at most
                               --partitions)
            """;

    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(600);
    /** The partitions of each topic in deploy/k8s/base/kafka/topics.yaml. */
    static final int DEFAULT_PARTITIONS = 6;
    private static final int MAX_COUNT = 1000;
    private static final Pattern DURATION = Pattern.compile("(\\d{1,6})([sm]?)");

    /** @throws IllegalArgumentException with a message for the user when the command line is wrong */
    static LaunchOptions parse(String... args) {
        boolean once = false;
        boolean help = false;
        Duration timeout = DEFAULT_TIMEOUT;
        List<URI> webhooks = new ArrayList<>();
        Path stateDir = null;
        int partitions = DEFAULT_PARTITIONS;
        int parseInstances = 1;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--once" -> once = true;
                case "-h", "--help" -> help = true;
                case "--timeout" -> timeout = duration(value(args, ++i, arg));
                case "--webhook" -> webhooks.add(webhook(value(args, ++i, arg)));
                case "--state-dir" -> stateDir = Path.of(value(args, ++i, arg));
                case "--partitions" -> partitions = count(arg, value(args, ++i, arg));
                case "--parse-instances" -> parseInstances = count(arg, value(args, ++i, arg));
                default -> throw new IllegalArgumentException("unknown argument '" + arg + "'");
            }
        }
        if (parseInstances > partitions) {
            throw new IllegalArgumentException("--parse-instances " + parseInstances + " exceeds --partitions "
                    + partitions + ": an instance beyond the partition count would get no partition and idle");
        }
        return new LaunchOptions(once, timeout, List.copyOf(webhooks), stateDir, partitions, parseInstances, help);
    }

    private static int count(String option, String text) {
        try {
            int count = Integer.parseInt(text);
            if (count >= 1 && count <= MAX_COUNT) {
                return count;
            }
        } catch (NumberFormatException e) {
            // reported below, with the range
        }
        throw new IllegalArgumentException(option + " takes a whole number from 1 to " + MAX_COUNT + "; got '"
                + text + "'");
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static Duration duration(String text) {
        Matcher m = DURATION.matcher(text.toLowerCase(Locale.ROOT));
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw new IllegalArgumentException("--timeout takes a positive number of seconds (600), or 90s / 10m; got '"
                    + text + "'");
        }
        long amount = Long.parseLong(m.group(1));
        return m.group(2).equals("m") ? Duration.ofMinutes(amount) : Duration.ofSeconds(amount);
    }

    private static URI webhook(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below, with what a valid value looks like
        }
        throw new IllegalArgumentException("--webhook takes an http(s) URL such as http://127.0.0.1:9000/alerts; got '"
                + text + "'");
    }
}

package io.budgetwatch.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import com.fasterxml.jackson.databind.JsonNode;

import io.budgetwatch.events.AlertStateChanged;
import io.budgetwatch.events.DisclosureParsed;
import io.budgetwatch.events.DocumentDiscovered;
import io.budgetwatch.events.EventJson;
import io.budgetwatch.events.ReconciliationReport;
import io.budgetwatch.events.Topics;

/**
 * Reads every budgetwatch topic from the beginning, as any downstream consumer would, and tells the console what
 * happened to each document: published, parsed, checked, dead-lettered. Records progress for the launcher.
 */
final class PipelineWatcher implements AutoCloseable {
    private static final Pattern ALL_TOPICS = Pattern.compile("disclosure\\..*");
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration TOPIC_SCAN_INTERVAL = Duration.ofSeconds(2);
    private static final String DEAD_LETTER_REASON = "dead-letter-reason";
    /** Who dead-letters records of each topic: the consumer of that topic. */
    private static final Map<String, String> CONSUMER_OF = Map.of(Topics.DOCUMENTS, "parse-service", Topics.PARSED,
            "reconcile-service", Topics.FINDINGS, "notify-service");

    private final KafkaConsumer<String, String> consumer;
    private final Map<String, String> fileNames;
    private final PipelineProgress progress;
    private final Console console;
    private final Thread thread;
    private volatile boolean running = true;

    private PipelineWatcher(KafkaConsumer<String, String> consumer, Map<String, String> fileNames,
            PipelineProgress progress, Console console) {
        this.consumer = consumer;
        this.fileNames = new ConcurrentHashMap<>(fileNames);
        this.progress = progress;
        this.console = console;
        this.thread = new Thread(this::run, "pipeline-watcher");
    }

    /** @param fileNames documentId → sample file name, for readable console lines; grows with discoveries */
    static PipelineWatcher start(String bootstrapServers, Map<String, String> fileNames, PipelineProgress progress,
            Console console) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "local-launcher-watcher");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, String.valueOf(16 * 1024 * 1024));
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config);
        PipelineWatcher watcher = new PipelineWatcher(consumer, fileNames, progress, console);
        watcher.thread.setDaemon(true);
        watcher.thread.start();
        return watcher;
    }

    private void run() {
        try {
            long nextTopicScan = System.nanoTime();
            while (running) {
                if (System.nanoTime() - nextTopicScan >= 0) {
                    assignNewPartitions();
                    nextTopicScan = System.nanoTime() + TOPIC_SCAN_INTERVAL.toNanos();
                }
                if (consumer.assignment().isEmpty()) {
                    Thread.sleep(POLL.toMillis());
                    continue;
                }
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    handleSafely(record);
                }
            }
        } catch (WakeupException e) {
            // close() asked us to stop
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            consumer.close(CloseOptions.timeout(Duration.ofSeconds(2)));
        }
    }

    /**
     * Topics appear as the services first write to them. Partitions are assigned by hand, not through a consumer
     * group: a group would rebalance on every new topic and, with nothing committed, re-read everything.
     */
    private void assignNewPartitions() {
        Set<TopicPartition> all = consumer.listTopics(Duration.ofSeconds(5)).entrySet().stream()
                .filter(topic -> ALL_TOPICS.matcher(topic.getKey()).matches())
                .flatMap(topic -> topic.getValue().stream())
                .map(partition -> new TopicPartition(partition.topic(), partition.partition()))
                .collect(Collectors.toSet());
        Set<TopicPartition> added = new HashSet<>(all);
        added.removeAll(consumer.assignment());
        if (!added.isEmpty()) {
            consumer.assign(all); // partitions already assigned keep their position
            consumer.seekToBeginning(added);
        }
    }

    private void handleSafely(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            return;
        }
        try {
            handle(record);
        } catch (RuntimeException e) {
            console.line("watcher: skipped an unreadable record on " + record.topic() + " (offset " + record.offset()
                    + "): " + e.getMessage());
        }
    }

    private void handle(ConsumerRecord<String, String> record) {
        String topic = record.topic();
        if (topic.endsWith(Topics.DLQ_SUFFIX)) {
            deadLettered(record);
        } else if (topic.equals(Topics.DOCUMENTS)) {
            DocumentDiscovered event = EventJson.read(record.value(), DocumentDiscovered.class);
            progress.discovered(event.documentId());
            if (event.fileName() != null) {
                fileNames.putIfAbsent(event.documentId(), event.fileName());
            }
            console.line("ingest    published  " + name(event.documentId()) + " (" + event.sizeBytes() + " bytes)");
        } else if (topic.equals(Topics.PARSED)) {
            DisclosureParsed parsed = EventJson.read(record.value(), DisclosureParsed.class);
            progress.parsed(parsed.documentId());
            console.line("parse     read       " + name(parsed.documentId()) + ": " + describe(parsed));
        } else if (topic.equals(Topics.FINDINGS)) {
            ReconciliationReport report = EventJson.read(record.value(), ReconciliationReport.class);
            progress.checked(report.documentId(), report.findings());
            console.line("reconcile checked    " + name(report.documentId()) + ": " + describe(report));
        } else if (topic.equals(Topics.ALERTS)) {
            progress.alerted(EventJson.read(record.value(), AlertStateChanged.class).documentId());
        }
    }

    private void deadLettered(ConsumerRecord<String, String> record) {
        String source = record.topic().substring(0, record.topic().length() - Topics.DLQ_SUFFIX.length());
        String consumerName = CONSUMER_OF.getOrDefault(source, "the consumer of " + source);
        String documentId = documentIdOf(record);
        progress.deadLettered(documentId, record.topic(), consumerName);
        console.line("DEAD-LETTER " + name(documentId) + " by " + consumerName + ": " + header(record));
    }

    /** The failed record is kept as it was: usually an event with a documentId; else the key (documents topic). */
    private static String documentIdOf(ConsumerRecord<String, String> record) {
        try {
            JsonNode id = EventJson.mapper().readTree(record.value()).path("documentId");
            if (id.isTextual()) {
                return id.asText();
            }
        } catch (IOException e) {
            // not JSON: the record failed before it could be read, its key is all we have
        }
        return record.key();
    }

    private static String header(ConsumerRecord<String, String> record) {
        Header reason = record.headers().lastHeader(DEAD_LETTER_REASON);
        return reason == null ? "(no " + DEAD_LETTER_REASON + " header)"
                : new String(reason.value(), StandardCharsets.UTF_8);
    }

    private static String describe(DisclosureParsed parsed) {
        String department = parsed.department() == null || parsed.department().name() == null
                ? "(department not recognised)" : parsed.department().name();
        String kind = parsed.kind() == null ? "" : " " + parsed.kind().name().toLowerCase(Locale.ROOT);
        return department + " " + Objects.toString(parsed.year(), "(year not recognised)") + kind + ", "
                + parsed.tables().size() + " tables, " + parsed.keyFigures().size() + " key figures";
    }

    private static String describe(ReconciliationReport report) {
        int findings = report.findings().size();
        String found = switch (findings) {
            case 0 -> "no findings";
            case 1 -> "1 finding (" + Severities.format(Severities.count(report.findings())) + ")";
            default -> findings + " findings (" + Severities.format(Severities.count(report.findings())) + ")";
        };
        return found + ", " + report.stats().rulesRun() + " rule checks";
    }

    private String name(String documentId) {
        String fileName = fileNames.get(documentId);
        String shortId = documentId == null ? "?" : documentId.substring(0, Math.min(12, documentId.length()));
        return fileName == null ? shortId : fileName + " (" + shortId + ")";
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

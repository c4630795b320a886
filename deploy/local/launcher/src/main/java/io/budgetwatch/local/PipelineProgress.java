package io.budgetwatch.local;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import io.budgetwatch.events.Finding;
import io.budgetwatch.events.Severity;
import io.budgetwatch.events.Topics;

/**
 * What the pipeline did with each document, as seen on its topics: written by the watcher thread, read by the
 * launcher to decide when a {@code --once} run is done and, if it is not, which stage holds which document.
 * Records of different topics arrive in no particular order, so each step is a flag rather than a position.
 */
final class PipelineProgress {
    private static final class Document {
        boolean discovered;
        boolean parsed;
        boolean checked;
        String deadLetteredBy;
        int alertingFindings;
        int alertEvents;
        long checkedAtNanos;
    }

    /** Counts for the closing summary. */
    record Totals(int discovered, int parsed, int deadLettered, int reports, Map<Severity, Integer> findings,
            int alertEvents, Map<String, Integer> deadLettersByTopic) {
    }

    private final Severity alertThreshold;
    private final Map<String, Document> documents = new HashMap<>();
    private final Map<Severity, Integer> findings = new EnumMap<>(Severity.class);
    private final Map<String, Integer> deadLettersByTopic = new TreeMap<>();
    private int reports;
    private int alertEvents;
    private long lastActivityNanos = System.nanoTime();

    /** @param alertThreshold the lowest severity notify-service alerts on (its min-severity) */
    PipelineProgress(Severity alertThreshold) {
        this.alertThreshold = alertThreshold;
    }

    synchronized void discovered(String documentId) {
        document(documentId).discovered = true;
    }

    synchronized void parsed(String documentId) {
        document(documentId).parsed = true;
    }

    synchronized void checked(String documentId, Iterable<Finding> reported) {
        Document document = document(documentId);
        document.checked = true;
        document.checkedAtNanos = System.nanoTime();
        reports++;
        Severities.count(reported).forEach((severity, count) -> {
            findings.merge(severity, count, Integer::sum);
            if (severity.ordinal() <= alertThreshold.ordinal()) {
                document.alertingFindings += count;
            }
        });
        touch();
    }

    synchronized void deadLettered(String documentId, String topic, String consumer) {
        document(documentId).deadLetteredBy = consumer;
        deadLettersByTopic.merge(topic, 1, Integer::sum);
        touch();
    }

    synchronized void alerted(String documentId) {
        if (documentId != null) {
            document(documentId).alertEvents++;
        }
        alertEvents++;
        touch();
    }

    /**
     * Done with: dead-lettered, or checked with its alerts (if it has alerting findings) seen on the alerts topic.
     * notify-service alerts a fingerprint once, so a document whose findings were all alerted before gets none:
     * after {@code alertGrace} without one, it counts as done too.
     */
    synchronized boolean settled(String documentId, Duration alertGrace) {
        Document document = documents.get(documentId);
        if (document == null) {
            return false;
        }
        if (document.deadLetteredBy != null) {
            return true;
        }
        return document.checked && (document.alertingFindings == 0 || document.alertEvents > 0
                || System.nanoTime() - document.checkedAtNanos > alertGrace.toNanos());
    }

    /** The service holding an unsettled document, and what was last seen of it. */
    record Stuck(Service service, String why) {
    }

    /** Where an unsettled document is, for the timeout message. */
    synchronized Stuck whereStuck(String documentId) {
        Document document = documents.get(documentId);
        if (document == null || (!document.discovered && !document.parsed && !document.checked)) {
            return new Stuck(Service.INGEST, "never published on " + Topics.DOCUMENTS);
        }
        if (!document.parsed && !document.checked) {
            return new Stuck(Service.PARSE, "published, but neither parsed nor dead-lettered");
        }
        if (!document.checked) {
            return new Stuck(Service.RECONCILE, "parsed, but no report on " + Topics.FINDINGS);
        }
        return new Stuck(Service.NOTIFY, document.alertingFindings + " alerting findings, no alert on "
                + Topics.ALERTS + " yet");
    }

    synchronized long lastActivityNanos() {
        return lastActivityNanos;
    }

    synchronized int alertingFindings() {
        return documents.values().stream().mapToInt(d -> d.alertingFindings).sum();
    }

    synchronized Totals totals() {
        int discovered = (int) documents.values().stream().filter(d -> d.discovered).count();
        int parsed = (int) documents.values().stream().filter(d -> d.parsed).count();
        int deadLettered = (int) documents.values().stream().filter(d -> d.deadLetteredBy != null).count();
        return new Totals(discovered, parsed, deadLettered, reports, Map.copyOf(findings), alertEvents,
                Collections.unmodifiableMap(new TreeMap<>(deadLettersByTopic)));
    }

    private Document document(String documentId) {
        return documents.computeIfAbsent(documentId, id -> new Document());
    }

    private void touch() {
        lastActivityNanos = System.nanoTime();
    }
}

package io.budgetwatch.events;

/** Kafka topic names of the contract (DESIGN.md, "Topics and events"). */
public final class Topics {
    public static final String DOCUMENTS = "disclosure.documents.v1";
    public static final String PARSED = "disclosure.parsed.v1";
    public static final String FINDINGS = "disclosure.findings.v1";
    public static final String ALERTS = "disclosure.alerts.v1";
    /** Suffix of each consumer's dead-letter topic; the record keeps its key and gains a {@code dead-letter-reason} header. */
    public static final String DLQ_SUFFIX = ".dlq";

    private Topics() {
    }

    public static String deadLetterOf(String topic) {
        return topic + DLQ_SUFFIX;
    }
}

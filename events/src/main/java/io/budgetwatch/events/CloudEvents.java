package io.budgetwatch.events;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.Headers;

/** CloudEvents 1.0 Kafka binary-mode headers, so any CloudEvents-aware consumer can read budgetwatch topics. */
public final class CloudEvents {
    public static final String SPEC_VERSION = "1.0";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String SPECVERSION = "ce_specversion";
    public static final String CONTENT_TYPE = "content-type";

    private CloudEvents() {
    }

    /** Adds the binary-mode headers for {@code event}, emitted by {@code source} (e.g. {@code /budgetwatch/parse-service}). */
    public static void write(Headers headers, BudgetEvent event, String source) {
        put(headers, ID, event.eventId());
        put(headers, TYPE, event.cloudEventType());
        put(headers, SOURCE, source);
        put(headers, SPECVERSION, SPEC_VERSION);
        put(headers, CONTENT_TYPE, "application/json");
    }

    private static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** The value of a header as text, or null when absent. */
    public static String read(Headers headers, String name) {
        var header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}

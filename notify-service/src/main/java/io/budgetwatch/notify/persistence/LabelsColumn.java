package io.budgetwatch.notify.persistence;

import java.io.IOException;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import com.fasterxml.jackson.core.type.TypeReference;

import io.budgetwatch.events.EventJson;

/** Label sets stored as a JSON object, sorted by name; a row written before the column existed reads as none. */
final class LabelsColumn {
    private static final TypeReference<TreeMap<String, String>> LABELS = new TypeReference<>() {
    };

    private LabelsColumn() {
    }

    static String write(Map<String, String> labels) {
        return EventJson.writeString(new TreeMap<>(labels));
    }

    static SortedMap<String, String> read(String json) {
        if (json == null) {
            return new TreeMap<>();
        }
        try {
            return EventJson.mapper().readValue(json, LABELS);
        } catch (IOException e) {
            throw new IllegalStateException("unreadable labels: " + json, e);
        }
    }
}

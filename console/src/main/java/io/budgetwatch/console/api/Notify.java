package io.budgetwatch.console.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;

import io.budgetwatch.events.AlertStatus;
import io.budgetwatch.events.EventJson;
import io.budgetwatch.events.Severity;

/** notify-service: alerts, what happened to them, and silences (writes with the console's notify API key). */
public final class Notify {
    private static final int HISTORY_PAGE = 200;

    /** An alert as notify-service serves it. */
    public record Alert(Change alert, int occurrences, Instant lastSeenAt) {
    }

    public record Change(String fingerprint, AlertStatus status, String departmentKey, String department,
            String region, Integer year, String documentId, String ruleId, String category, Severity severity,
            String message, Instant startsAt, Instant endsAt) {
    }

    /** One line of the alert history: a state change, or a notification's fate at one receiver. */
    public record HistoryItem(long id, Instant at, String event, String fingerprint, AlertStatus status,
            String departmentKey, String department, Integer year, String documentId, String ruleId,
            Severity severity, String receiver, Integer attempt, String reason) {
    }

    public record HistoryPage(List<HistoryItem> items, String next) {
    }

    public record Matcher(String name, String value, @JsonProperty("isRegex") Boolean isRegex,
            @JsonProperty("isEqual") Boolean isEqual) {
        public static Matcher equal(String name, String value) {
            return new Matcher(name, value, false, true);
        }
    }

    public record Silence(String id, List<Matcher> matchers, Instant startsAt, Instant endsAt, String createdBy,
            String comment, String state) {
        public boolean active() {
            return "active".equals(state);
        }
    }

    public record NewSilence(List<Matcher> matchers, Instant endsAt, String comment) {
    }

    private final ServiceHttp http;
    private final Optional<String> apiKey;

    public Notify(ServiceHttp http, Optional<String> apiKey) {
        this.http = http;
        this.apiKey = apiKey.map(String::trim).filter(k -> !k.isEmpty());
    }

    public List<Alert> firing() {
        return http.get(ServiceHttp.path("/api/alerts", ServiceHttp.query("status", "firing", "limit", 1000)),
                new TypeReference<List<Alert>>() {
                }).orElse(List.of());
    }

    public Optional<Alert> alert(String fingerprint) {
        return http.get("/api/alerts/" + fingerprint, Alert.class);
    }

    /** The newest history, optionally of one department (its key). */
    public List<HistoryItem> history(String department) {
        return http.get(ServiceHttp.path("/api/alerts/history", ServiceHttp.query("department", department,
                "limit", HISTORY_PAGE)), HistoryPage.class).map(HistoryPage::items).orElse(List.of());
    }

    public List<Silence> silences() {
        return http.get(ServiceHttp.path("/api/silences", ServiceHttp.query("limit", 1000)),
                new TypeReference<List<Silence>>() {
                }).orElse(List.of());
    }

    /** Whether this console can write silences at all (it has a notify API key). */
    public boolean canWrite() {
        return apiKey.isPresent();
    }

    public Silence create(NewSilence silence) {
        return EventJson.read(http.post("/api/silences", silence, key()), Silence.class);
    }

    public Silence expire(String id) {
        return EventJson.read(http.delete("/api/silences/" + id, key()), Silence.class);
    }

    private String key() {
        return apiKey.orElseThrow(() -> new IllegalStateException(
                "no notify API key: set BUDGETWATCH_CONSOLE_NOTIFY_API_KEY"));
    }
}

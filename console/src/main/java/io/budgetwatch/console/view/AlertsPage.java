package io.budgetwatch.console.view;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.budgetwatch.console.api.Notify;

/** What is firing now (worst first), what happened to the alerts lately, and the silences. */
public record AlertsPage(List<AlertRow> firing, List<HistoryRow> history, List<SilenceRow> silences) {

    public record AlertRow(String fingerprint, String severity, String severityLabel, String department,
            Integer year, String ruleId, String message, String since, int occurrences, String documentId) {
    }

    public record HistoryRow(String at, String event, String eventLabel, String department, Integer year,
            String ruleId, String receiver, String reason, String fingerprint) {
    }

    public record SilenceRow(String id, String matchers, String until, String createdBy, String comment,
            boolean active) {
    }

    public static AlertsPage of(List<Notify.Alert> firing, List<Notify.HistoryItem> history,
            List<Notify.Silence> silences) {
        List<AlertRow> alerts = firing.stream()
                .sorted(Comparator.comparing((Notify.Alert a) -> a.alert().severity().ordinal())
                        .thenComparing(a -> a.alert().startsAt(), Comparator.reverseOrder()))
                .map(AlertsPage::alert).toList();
        List<HistoryRow> events = history.stream().map(h -> new HistoryRow(Labels.time(h.at()), h.event(),
                Labels.historyEvent(h.event()), h.department(), h.year(), h.ruleId(),
                h.receiver() == null ? "" : h.receiver(), h.reason() == null ? "" : h.reason(), h.fingerprint()))
                .toList();
        List<SilenceRow> rows = silences.stream().sorted(Comparator.comparing(Notify.Silence::active).reversed())
                .map(AlertsPage::silence).toList();
        return new AlertsPage(alerts, events, rows);
    }

    private static AlertRow alert(Notify.Alert alert) {
        Notify.Change c = alert.alert();
        return new AlertRow(c.fingerprint(), c.severity().name().toLowerCase(Locale.ROOT),
                Labels.severity(c.severity()), c.department(), c.year(), c.ruleId(), c.message(),
                Labels.time(c.startsAt()), alert.occurrences(), c.documentId());
    }

    private static SilenceRow silence(Notify.Silence silence) {
        String matchers = silence.matchers().stream()
                .map(m -> m.name() + (Boolean.FALSE.equals(m.isEqual()) ? "!" : "")
                        + (Boolean.TRUE.equals(m.isRegex()) ? "=~" : "=") + "\"" + m.value() + "\"")
                .collect(Collectors.joining(", "));
        return new SilenceRow(silence.id(), matchers, Labels.time(silence.endsAt()), silence.createdBy(),
                silence.comment() == null ? "" : silence.comment(), silence.active());
    }
}

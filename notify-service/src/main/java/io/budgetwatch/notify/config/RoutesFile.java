package io.budgetwatch.notify.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.budgetwatch.notify.domain.InhibitRule;
import io.budgetwatch.notify.domain.Matcher;
import io.budgetwatch.notify.domain.Route;
import io.budgetwatch.notify.domain.Timers;

/**
 * The routing tree from a YAML file in the shape of Alertmanager's {@code route:} block ({@code receiver},
 * {@code matchers}, {@code continue}, {@code group_by}, {@code group_wait}, {@code group_interval},
 * {@code repeat_interval}, {@code routes}); children inherit what they do not set, the root Alertmanager's
 * defaults (30s, 5m, 4h).
 * Unknown keys are errors, so a misspelt setting is not silently ignored.
 */
public final class RoutesFile {
    /** Without a routes file: what notify did before routes existed. */
    public static final List<String> DEFAULT_GROUP_BY = List.of("departmentKey", "year", "documentId");

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private RoutesFile() {
    }

    record Spec(RouteSpec route, @JsonProperty("inhibit_rules") List<InhibitSpec> inhibitRules) {
    }

    record InhibitSpec(@JsonProperty("source_matchers") List<String> sourceMatchers,
            @JsonProperty("target_matchers") List<String> targetMatchers, List<String> equal) {
    }

    /** A routes file: the tree, and the inhibit rules ({@link InhibitRule#DEFAULTS} when it has none). */
    public record Routes(Route root, List<InhibitRule> inhibitRules) {
    }

    record RouteSpec(String receiver, List<String> matchers, @JsonProperty("continue") Boolean continueMatching,
            @JsonProperty("group_by") List<String> groupBy, @JsonProperty("group_wait") String groupWait,
            @JsonProperty("group_interval") String groupInterval,
            @JsonProperty("repeat_interval") String repeatInterval, List<RouteSpec> routes) {
    }

    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h|d|w|y)");

    public static Routes load(Path file) {
        try {
            return parseAll(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read routes file " + file, e);
        }
    }

    /** The tree and the inhibit rules; {@code inhibit_rules: []} turns the default rules off. */
    public static Routes parseAll(String yaml) {
        Spec spec;
        try {
            spec = YAML.readValue(yaml, Spec.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("invalid routes file: " + e.getMessage(), e);
        }
        if (spec == null || spec.route() == null) {
            throw new IllegalArgumentException("the routes file needs a top-level 'route:'");
        }
        RouteSpec root = spec.route();
        if (root.receiver() == null || root.receiver().isBlank()) {
            throw new IllegalArgumentException("the root route needs a receiver");
        }
        if (root.matchers() != null && !root.matchers().isEmpty()) {
            throw new IllegalArgumentException("the root route must match every alert: it cannot have matchers");
        }
        List<InhibitRule> rules = spec.inhibitRules() == null ? InhibitRule.DEFAULTS
                : spec.inhibitRules().stream().map(r -> new InhibitRule(parse(r.sourceMatchers()),
                        parse(r.targetMatchers()), r.equal() == null ? List.of() : List.copyOf(r.equal()))).toList();
        return new Routes(build(root, "{}", root.receiver(), root.groupBy() == null ? List.of() : root.groupBy(),
                Timers.ALERTMANAGER), rules);
    }

    /** Every alert to each of {@code receivers}, grouped per department, year and document. */
    public static Route everyReceiver(List<String> receivers) {
        List<Route> children = new ArrayList<>();
        for (int i = 0; i < receivers.size(); i++) {
            children.add(new Route("{}/{}/" + i, receivers.get(i), List.of(), true, DEFAULT_GROUP_BY,
                    Timers.IMMEDIATE, List.of()));
        }
        return new Route("{}", receivers.get(0), List.of(), false, DEFAULT_GROUP_BY, Timers.IMMEDIATE, children);
    }

    private static Route build(RouteSpec spec, String key, String inheritedReceiver, List<String> inheritedGroupBy,
            Timers inherited) {
        String receiver = spec.receiver() == null ? inheritedReceiver : spec.receiver();
        List<String> groupBy = spec.groupBy() == null ? inheritedGroupBy : List.copyOf(spec.groupBy());
        Timers timers = new Timers(duration(spec.groupWait(), inherited.groupWait()),
                duration(spec.groupInterval(), inherited.groupInterval()),
                duration(spec.repeatInterval(), inherited.repeatInterval()));
        List<RouteSpec> childSpecs = spec.routes() == null ? List.of() : spec.routes();
        List<String> childKeys = childSpecs.stream().map(c -> key + "/" + matchers(c)).toList();
        List<Route> children = new ArrayList<>();
        for (int i = 0; i < childSpecs.size(); i++) {
            String childKey = childKeys.get(i);
            // Siblings with the same matchers get their index, as Alertmanager's route IDs do.
            boolean shared = childKeys.stream().filter(childKey::equals).count() > 1;
            children.add(build(childSpecs.get(i), shared ? childKey + "/" + i : childKey, receiver, groupBy,
                    timers));
        }
        return new Route(key, receiver, parse(spec.matchers()), Boolean.TRUE.equals(spec.continueMatching()),
                groupBy, timers, children);
    }

    /** An Alertmanager duration ({@code 30s}, {@code 5m}, {@code 1h30m}, {@code 1d}); {@code inherited} if unset. */
    static Duration duration(String text, Duration inherited) {
        if (text == null || text.isBlank()) {
            return inherited;
        }
        java.util.regex.Matcher part = DURATION.matcher(text.trim());
        Duration total = Duration.ZERO;
        int end = 0;
        while (part.find() && part.start() == end) {
            long n = Long.parseLong(part.group(1));
            total = total.plus(switch (part.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                case "d" -> Duration.ofDays(n);
                case "w" -> Duration.ofDays(7 * n);
                default -> Duration.ofDays(365 * n);
            });
            end = part.end();
        }
        if (end == 0 || end != text.trim().length()) {
            throw new IllegalArgumentException("not a duration (e.g. 30s, 5m, 4h, 1h30m): " + text);
        }
        return total;
    }

    private static List<Matcher> parse(List<String> matchers) {
        return matchers == null ? List.of() : matchers.stream().map(Matcher::parse).toList();
    }

    private static String matchers(RouteSpec spec) {
        return "{" + parse(spec.matchers()).stream().map(Matcher::toString).collect(Collectors.joining(",")) + "}";
    }
}

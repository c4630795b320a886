package io.budgetwatch.notify.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.budgetwatch.notify.domain.Matcher;
import io.budgetwatch.notify.domain.Route;

/**
 * The routing tree from a YAML file in the shape of Alertmanager's {@code route:} block ({@code receiver},
 * {@code matchers}, {@code continue}, {@code group_by}, {@code routes}); children inherit what they do not set.
 * Unknown keys are errors, so a misspelt setting is not silently ignored.
 */
public final class RoutesFile {
    /** Without a routes file: what notify did before routes existed. */
    public static final List<String> DEFAULT_GROUP_BY = List.of("departmentKey", "year", "documentId");

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private RoutesFile() {
    }

    record Spec(RouteSpec route) {
    }

    record RouteSpec(String receiver, List<String> matchers, @JsonProperty("continue") Boolean continueMatching,
            @JsonProperty("group_by") List<String> groupBy, List<RouteSpec> routes) {
    }

    public static Route load(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read routes file " + file, e);
        }
    }

    public static Route parse(String yaml) {
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
        return build(root, "{}", root.receiver(), root.groupBy() == null ? List.of() : root.groupBy());
    }

    /** Every alert to each of {@code receivers}, grouped per department, year and document. */
    public static Route everyReceiver(List<String> receivers) {
        List<Route> children = new ArrayList<>();
        for (int i = 0; i < receivers.size(); i++) {
            children.add(new Route("{}/{}/" + i, receivers.get(i), List.of(), true, DEFAULT_GROUP_BY, List.of()));
        }
        return new Route("{}", receivers.get(0), List.of(), false, DEFAULT_GROUP_BY, children);
    }

    private static Route build(RouteSpec spec, String key, String inheritedReceiver, List<String> inheritedGroupBy) {
        String receiver = spec.receiver() == null ? inheritedReceiver : spec.receiver();
        List<String> groupBy = spec.groupBy() == null ? inheritedGroupBy : List.copyOf(spec.groupBy());
        List<RouteSpec> childSpecs = spec.routes() == null ? List.of() : spec.routes();
        List<String> childKeys = childSpecs.stream().map(c -> key + "/" + matchers(c)).toList();
        List<Route> children = new ArrayList<>();
        for (int i = 0; i < childSpecs.size(); i++) {
            String childKey = childKeys.get(i);
            // Siblings with the same matchers get their index, as Alertmanager's route IDs do.
            boolean shared = childKeys.stream().filter(childKey::equals).count() > 1;
            children.add(build(childSpecs.get(i), shared ? childKey + "/" + i : childKey, receiver, groupBy));
        }
        return new Route(key, receiver, parse(spec.matchers()), Boolean.TRUE.equals(spec.continueMatching()),
                groupBy, children);
    }

    private static List<Matcher> parse(List<String> matchers) {
        return matchers == null ? List.of() : matchers.stream().map(Matcher::parse).toList();
    }

    private static String matchers(RouteSpec spec) {
        return "{" + parse(spec.matchers()).stream().map(Matcher::toString).collect(Collectors.joining(",")) + "}";
    }
}

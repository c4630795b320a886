package io.budgetwatch.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What parse-service publishes on {@link Topics#PARSED}, keyed by {@link Department#key()}. */
public record DisclosureParsed(int schemaVersion, String eventId, String documentId, String parserVersion,
        String sourceUrl, Department department, Integer year, DisclosureKind kind, Scope scope, String unit,
        int pages, List<Table> tables, Map<String, KeyFigure> keyFigures, List<Claim> claims, Quality quality,
        Instant parsedAt) implements BudgetEvent {

    /**
     * 2: {@link Table#reading()} (the reader's check of each table). 3: {@link Row#role()}, {@link Row#level()} as
     * outline depth, {@link Cell#box()}. 4: {@link Quality#tablesDeclaredAbsent()}. 5: claims on
     * {@link Claim#CLASSIFICATION_ITEM}. 6: their qualifiers {@link Claim#CLASS}, {@link Claim#FINAL} and
     * {@link Claim#ORIGINAL_BUDGET} beside {@link Claim#ITEM}. Events of every earlier version still read.
     */
    public static final int SCHEMA_VERSION = 6;
    public static final String TYPE = "io.budgetwatch.disclosure.parsed.v1";

    @Override
    public String cloudEventType() {
        return TYPE;
    }

    public String departmentKey() {
        return department.key();
    }

    /** The first table of a canonical type, or null. */
    public Table table(String type) {
        return tables.stream().filter(t -> t.type().equals(type)).findFirst().orElse(null);
    }
}

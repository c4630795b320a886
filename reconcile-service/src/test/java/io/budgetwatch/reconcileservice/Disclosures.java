package io.budgetwatch.reconcileservice;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.budgetwatch.events.Amount;
import io.budgetwatch.events.Cell;
import io.budgetwatch.events.DisclosureParsed;
import io.budgetwatch.events.DocumentIds;
import io.budgetwatch.events.EventJson;
import io.budgetwatch.events.Row;
import io.budgetwatch.events.Table;

/**
 * Real disclosures for the service tests: seed-001.pdf as parse-core's reader publishes it (regenerate with
 * {@code deploy/local/bw parse seed-001.pdf}; the reader itself is not on this test classpath because Quarkus would
 * load it outside the application class loader), and edited copies of it.
 */
final class Disclosures {
    private Disclosures() {
    }

    static DisclosureParsed read(String resource) throws IOException {
        try (InputStream in = Disclosures.class.getResourceAsStream(resource)) {
            return EventJson.read(in.readAllBytes(), DisclosureParsed.class);
        }
    }

    /** The same disclosure re-published as another document (a new SHA-256), optionally for another year. */
    static DisclosureParsed republished(DisclosureParsed d, Integer year) {
        return new DisclosureParsed(d.schemaVersion(), UUID.randomUUID().toString(),
                DocumentIds.of(UUID.randomUUID().toString().getBytes()), d.parserVersion(), d.sourceUrl(),
                d.department(), year, d.kind(), d.scope(), d.unit(), d.pages(), d.tables(), d.keyFigures(), d.claims(),
                d.quality(), d.parsedAt());
    }

    /** One half of {@code d} as a file of its own: its tables without the text, or the text without the tables. */
    static DisclosureParsed halves(DisclosureParsed d, boolean tables) {
        DisclosureParsed copy = republished(d, d.year());
        return new DisclosureParsed(copy.schemaVersion(), copy.eventId(), copy.documentId(), copy.parserVersion(),
                copy.sourceUrl(), copy.department(), copy.year(), copy.kind(), copy.scope(), copy.unit(), copy.pages(),
                tables ? copy.tables() : List.of(), tables ? copy.keyFigures() : Map.of(),
                tables ? List.of() : copy.claims(), copy.quality(), copy.parsedAt());
    }

    /** A copy in which one cell of one table is printed {@code delta} higher: an inconsistency the rules must catch. */
    static DisclosureParsed withCellRaised(DisclosureParsed d, String tableType, String rowCode, String column,
            BigDecimal delta) {
        DisclosureParsed copy = republished(d, d.year());
        List<Table> tables = copy.tables().stream().map(t -> !t.type().equals(tableType) ? t
                : t.withRows(t.columns(),
                        t.rows().stream().map(r -> rowCode.equals(r.code()) ? raised(r, column, delta) : r).toList()))
                .toList();
        return new DisclosureParsed(copy.schemaVersion(), copy.eventId(), copy.documentId(), copy.parserVersion(),
                copy.sourceUrl(), copy.department(), copy.year(), copy.kind(), copy.scope(), copy.unit(), copy.pages(),
                tables, copy.keyFigures(), copy.claims(), copy.quality(), copy.parsedAt());
    }

    private static Row raised(Row row, String column, BigDecimal delta) {
        Map<String, Cell> cells = new HashMap<>(row.cells());
        Amount amount = row.amount(column);
        cells.put(column, Cell.of(Amount.of(amount.decimal().add(delta), amount.unit())));
        return row.withCells(cells);
    }
}

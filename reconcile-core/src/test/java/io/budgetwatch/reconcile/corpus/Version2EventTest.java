package io.budgetwatch.reconcile.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.budgetwatch.events.Box;
import io.budgetwatch.events.DisclosureParsed;
import io.budgetwatch.events.EventJson;
import io.budgetwatch.events.Evidence;
import io.budgetwatch.events.Finding;
import io.budgetwatch.events.Row;
import io.budgetwatch.events.RowNames;
import io.budgetwatch.events.TableTypes;
import io.budgetwatch.reconcile.fixtures.Reports;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rows typed by the reader (schema version 3) and rows of an older event typed by the consumer are judged alike: a
 * disclosure published as a version-2 event (no roles, only {@code subset}; no cell boxes) yields the same findings
 * as the same disclosure read today, boxes aside.
 */
class Version2EventTest {

    static Stream<String> files() {
        return Stream.concat(Corpus.files().stream(), Corpus.wideFiles().stream());
    }

    @ParameterizedTest
    @MethodSource("files")
    void aVersion2EventOfTheSameDocumentYieldsTheSameFindings(String file) {
        DisclosureParsed current = Corpus.read(file);
        // levels read from indentation alone (湖州) are what a version-2 event could not carry
        assumeFalse(outlinedByIndentation(current), file + " outlines a table by indentation only");
        DisclosureParsed version2 = asVersion2(current);
        assertEquals(2, version2.schemaVersion());
        assertEquals(unlocated(Reports.check(current).findings()), unlocated(Reports.check(version2).findings()), file);
    }

    /** seed-000 p21 资产总额 2236.31 ≠ Σ classes: the finding points at the printed total's cell. */
    @Test
    void aFindingOnACellCarriesThatCellsBox() {
        DisclosureParsed seed = Corpus.read("seed-000.pdf");
        Finding assets = Reports.only(Reports.check(seed), "BAL-003");
        Evidence total = assets.evidence().stream().filter(e -> e.rowCode() == null).findFirst().orElseThrow();
        Row printed = seed.table(TableTypes.ASSETS).rows().stream().filter(r -> r.name().equals("资产总额"))
                .findFirst().orElseThrow();
        Box box = printed.cell(total.column()).box();
        assertNotNull(box);
        assertEquals(box, total.box());
        assertEquals(21, total.page());
        assertNull(unlocated(List.of(assets)).get(0).evidence().get(0).box());
    }

    private static boolean outlinedByIndentation(DisclosureParsed parsed) {
        return parsed.tables().stream().flatMap(t -> t.rows().stream())
                .anyMatch(r -> r.code() == null && r.level() > 0 && RowNames.ordinalDepth(r.name()) == 0);
    }

    /** The event as a version-2 producer wrote it. */
    private static DisclosureParsed asVersion2(DisclosureParsed parsed) {
        ObjectNode json = EventJson.mapper().valueToTree(parsed);
        json.put("schemaVersion", 2);
        for (JsonNode table : json.get("tables")) {
            for (JsonNode node : table.get("rows")) {
                ObjectNode row = (ObjectNode) node;
                row.put("subset", "subset".equals(row.remove("role").asText()));
                if (row.get("code").isNull()) {
                    row.put("level", 0); // before version 3 an uncoded level was no ordinal's depth
                }
                ObjectNode cells = (ObjectNode) row.get("cells");
                for (Iterator<Map.Entry<String, JsonNode>> it = cells.fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> cell = it.next();
                    ObjectNode value = (ObjectNode) cell.getValue();
                    value.remove("box");
                    if (value.has("text")) {
                        cell.setValue(value.get("text"));
                    }
                }
            }
        }
        return EventJson.mapper().convertValue(json, DisclosureParsed.class);
    }

    /**
     * The findings without cell boxes. Without its box, the evidence of two uncoded cells of one column and page is
     * the same evidence, listed once.
     */
    private static List<Finding> unlocated(List<Finding> findings) {
        return findings.stream().map(f -> new Finding(f.ruleId(), f.category(), f.severity(), f.message(),
                f.expected(), f.actual(), f.difference(), f.tolerance(), f.evidence().stream()
                        .map(e -> new Evidence(e.table(), e.page(), e.rowCode(), e.column(), e.sentence())).distinct()
                        .toList(), f.fingerprint())).toList();
    }
}

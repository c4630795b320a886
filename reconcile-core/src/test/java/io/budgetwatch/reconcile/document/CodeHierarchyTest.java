package io.budgetwatch.reconcile.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.budgetwatch.events.Row;
import io.budgetwatch.events.RowRole;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CodeHierarchyTest {

    @Test
    void functionalCodesNestByLengthAndEconomicCodesToo() {
        CodeHierarchy hierarchy = CodeHierarchy.of(List.of(row("206", null, false), row("20601", null, false),
                row("2060101", null, false), row("2060102", null, false), row("301", null, false),
                row("30101", null, false)));
        assertEquals(List.of("206", "301"), codes(hierarchy.roots()));
        assertEquals(List.of("20601"), codes(hierarchy.children("206")));
        assertEquals(List.of("2060101", "2060102"), codes(hierarchy.children("20601")));
        assertEquals(List.of("30101"), codes(hierarchy.children("301")));
    }

    @Test
    void aMissingMiddleLevelAttachesToTheNearestPrintedAncestor() {
        CodeHierarchy hierarchy = CodeHierarchy.of(List.of(row("206", null, false), row("2060101", null, false)));
        assertEquals(List.of("2060101"), codes(hierarchy.children("206")));
    }

    @Test
    void aPrintedParentCodeWinsOverTheCodePrefix() {
        CodeHierarchy hierarchy = CodeHierarchy.of(List.of(row("206", null, false), row("20601", null, false),
                row("2060199", "206", false)));
        assertEquals(List.of("20601", "2060199"), codes(hierarchy.children("206")));
    }

    @Test
    void subsetRowsAreNeverChildren() {
        CodeHierarchy hierarchy = CodeHierarchy.of(List.of(row("301", null, false), row("30101", null, false),
                row("3010101", null, true)));
        assertEquals(List.of(), codes(hierarchy.children("30101")));
    }

    private static Row row(String code, String parentCode, boolean subset) {
        return new Row(code, code, code.length() / 2, parentCode, subset ? RowRole.SUBSET : RowRole.ITEM, null,
                Map.of(), 1);
    }

    private static List<String> codes(List<Row> rows) {
        return rows.stream().map(Row::code).toList();
    }
}

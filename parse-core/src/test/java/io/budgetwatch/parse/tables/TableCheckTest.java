package io.budgetwatch.parse.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.budgetwatch.events.Amount;
import io.budgetwatch.events.Cell;
import io.budgetwatch.events.Row;
import io.budgetwatch.events.RowRole;
import io.budgetwatch.events.TableReading;

/** The reader's own check of a table: what makes it suspect, and what does not (a publisher's single slip). */
class TableCheckTest {

    @Test
    void aTableWhoseAmountsAllLandedAndWhoseOutlineAddsUpIsClean() {
        TableReading reading = TableCheck.of(List.of("30.00", "10.00", "20.00"), List.of(
                row("206", "30.00"), row("20601", "10.00"), row("20602", "20.00")), 5);
        assertEquals(new TableReading(3, 3, List.of(), 1, 1, List.of()), reading);
    }

    @Test
    void anAmountPrintedInTheTableButInNoCellMakesItSuspect() {
        TableReading reading = TableCheck.of(List.of("30.00", "10.00", "20.00", "7.00"), List.of(
                row("206", "30.00"), row("20601", "10.00"), row("20602", "20.00")), 5);
        assertTrue(reading.suspect());
        assertEquals(List.of("7.00"), reading.unaccounted());
    }

    @Test
    void aCodeTwiceOnOneSideOrOutsideItsParentsBlockMakesItSuspect() {
        assertTrue(TableCheck.of(List.of(), List.of(row("206", "1.00"), row("20601", "1.00"), row("20601", "1.00")), 5)
                .suspectReasons().stream().anyMatch(r -> r.contains("20601")));
        assertTrue(TableCheck.of(List.of(), List.of(row("206", "1.00"), row("208", "1.00"), row("20601", "1.00")), 5)
                .suspectReasons().stream().anyMatch(r -> r.contains("不在其上级 206 之下")));
    }

    @Test
    void oneFailingSumIsAFindingForTheRulesMostFailingAreAMisreading() {
        TableReading slip = TableCheck.of(List.of(), List.of(row("206", "31.00"), row("20601", "10.00"),
                row("20602", "20.00"), row("208", "5.00"), row("20801", "5.00")), 5);
        assertFalse(slip.suspect(), "a publisher's slip is for BAL-007 to report");
        assertEquals(List.of(2, 1), List.of(slip.sums(), slip.sumsHolding()));
        TableReading misread = TableCheck.of(List.of(), List.of(row("206", "31.00"), row("20601", "10.00"),
                row("208", "6.00"), row("20801", "5.00"), row("210", "9.00"), row("21001", "1.00")), 5);
        assertTrue(misread.suspect(), misread.toString());
    }

    private static Row row(String code, String amount) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        cells.put("total", Cell.of(new Amount(amount, "万元")));
        return new Row(code, "科目" + code, Codes.level(code), Codes.parent(code), RowRole.ITEM, null, cells, 5);
    }
}

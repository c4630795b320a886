package io.budgetwatch.parse.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.budgetwatch.events.Amount;
import io.budgetwatch.events.Box;
import io.budgetwatch.events.Cell;
import io.budgetwatch.events.Row;
import io.budgetwatch.events.Table;
import io.budgetwatch.parse.ReaderLimits;
import io.budgetwatch.parse.corpus.Corpus;
import io.budgetwatch.parse.grid.CellText;
import io.budgetwatch.parse.pdf.Glyph;
import io.budgetwatch.parse.pdf.PageCollector;
import io.budgetwatch.parse.pdf.PdfOpener;

/**
 * Every amount cell's box lies over that amount as printed: the glyphs whose centres fall inside the box read as the
 * cell's amount, nothing more and nothing less — so an alert pointing at the box points at the printed number.
 */
class CellBoxTest {

    @ParameterizedTest
    @ValueSource(strings = {"seed-000.pdf", "js-swbgt-2019-tables.pdf", "pt-swj-2025-dept.pdf"})
    void theGlyphsInsideAnAmountCellsBoxAreThatAmount(String file) throws Exception {
        Map<Integer, List<Glyph>> pages = new HashMap<>();
        List<String> misplaced = new ArrayList<>();
        int checked = 0;
        try (PDDocument document = PdfOpener.open(Corpus.bytes(file), file, ReaderLimits.defaults())) {
            PageCollector collector = new PageCollector();
            for (Table table : Corpus.read(file).tables()) {
                for (Row row : table.rows()) {
                    for (Map.Entry<String, Cell> entry : row.cells().entrySet()) {
                        Cell cell = entry.getValue();
                        if (!cell.isAmount()) {
                            continue;
                        }
                        List<Glyph> glyphs = pages.computeIfAbsent(row.page(), page -> collect(collector, document, page));
                        String inBox = CellText.of(inside(glyphs, cell.box()));
                        Amount read = Amounts.parse(inBox, null);
                        checked++;
                        if (read == null || !read.value().equals(cell.amount().value())) {
                            misplaced.add(table.type() + " p" + row.page() + " " + row.name() + "/" + entry.getKey()
                                    + ": " + cell.amount().value() + " but the box holds '" + inBox + "'");
                        }
                    }
                }
            }
        }
        assertTrue(checked > 100, file + ": only " + checked + " amount cells");
        assertEquals(List.of(), misplaced);
    }

    private static List<Glyph> inside(List<Glyph> glyphs, Box box) {
        return glyphs.stream().filter(g -> box.contains(g.centerX(), g.centerY())).toList();
    }

    private static List<Glyph> collect(PageCollector collector, PDDocument document, int page) {
        try {
            return collector.collect(document, page).glyphs();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

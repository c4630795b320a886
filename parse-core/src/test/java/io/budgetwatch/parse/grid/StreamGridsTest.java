package io.budgetwatch.parse.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

import io.budgetwatch.parse.pdf.PageCollector;
import io.budgetwatch.parse.pdf.PageContent;

/**
 * Tables drawn with no line at all, as 广东's templates print them: columns aligned by white space only. Each
 * test draws one page with PDFBox and reads it as the reader does.
 */
class StreamGridsTest {
    private static final float TOP = 700;
    private static final float PITCH = 14;
    private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    @Test
    void anUnruledTableIsReadByWhiteSpaceWithBlankCellsInTheirColumn() throws IOException {
        PageLayout layout = page(content -> {
            line(content, 0, new float[] {50, 200, 300}, "Item", "Budget", "Actual");
            line(content, 1, new float[] {50, 200, 300}, "Total", "30.00", "28.50");
            line(content, 2, new float[] {50, 200}, "A", "10.00");
            line(content, 3, new float[] {50, 200, 300}, "B", "20.00", "28.50");
        });

        assertEquals(1, layout.grids().size());
        Grid grid = layout.grids().get(0);
        assertFalse(grid.ruled());
        assertEquals(List.of(List.of("Item", "Budget", "Actual"), List.of("Total", "30.00", "28.50"),
                List.of("A", "10.00", ""), List.of("B", "20.00", "28.50")), texts(grid));
        assertEquals(List.of("30.00", "28.50", "10.00", "20.00", "28.50").stream().sorted().toList(),
                grid.printedAmounts().stream().sorted().toList(), "every printed amount is one the table must hold");
        assertTrue(grid.doubts().isEmpty());
    }

    @Test
    void proseQuotingFiguresIsNoTableAndStaysProse() throws IOException {
        PageLayout layout = page(content -> {
            line(content, 0, new float[] {50}, "Income rose to 1,234.56 this year, spending to 987.65.");
            line(content, 1, new float[] {50}, "Both figures are 0.50 above the plan of 2025.");
        });

        assertTrue(layout.grids().isEmpty());
        assertTrue(layout.prose().contains("1,234.56"), layout.prose());
    }

    /**
     * A vertically centred cell prints a long name over two lines, one above and one below its amounts (joined as
     * Chinese is, without a space).
     */
    @Test
    void aNameWrappedAroundItsAmountsIsOneRow() throws IOException {
        PageLayout layout = page(content -> {
            line(content, 0, new float[] {50, 250, 350}, "Unit", "Total", "Basic");
            line(content, 1, new float[] {50, 250, 350}, "Total", "9.00", "9.00");
            line(content, 1.8f, new float[] {50}, "Municipal");
            line(content, 2.3f, new float[] {250, 350}, "4.00", "4.00");
            line(content, 2.8f, new float[] {50}, "roads");
            line(content, 3.6f, new float[] {50, 250, 350}, "Bridges", "5.00", "5.00");
        });

        assertEquals(List.of(List.of("Unit", "Total", "Basic"), List.of("Total", "9.00", "9.00"),
                List.of("Municipalroads", "4.00", "4.00"), List.of("Bridges", "5.00", "5.00")),
                texts(layout.grids().get(0)));
    }

    /**
     * A column no row fills has no body words to show it; its header still has its own column, so the amounts of
     * its neighbours are never read under its label.
     */
    @Test
    void aHeaderOverAColumnLeftBlankKeepsItsOwnColumn() throws IOException {
        PageLayout layout = page(content -> {
            line(content, 0, new float[] {50, 200, 290, 380}, "Item", "Total", "Travel", "Meals");
            line(content, 1, new float[] {50, 200, 380}, "A", "5.00", "5.00");
            line(content, 2, new float[] {50, 200, 380}, "B", "7.00", "7.00");
        });

        assertEquals(List.of(List.of("Item", "Total", "Travel", "Meals"), List.of("A", "5.00", "", "5.00"),
                List.of("B", "7.00", "", "7.00")), texts(layout.grids().get(0)));
    }

    /** Codes indented by outline level (204 at the margin, 20402 one step in) are one column, names another. */
    @Test
    void codesIndentedByLevelShareOneColumn() throws IOException {
        PageLayout layout = page(content -> {
            line(content, 0, new float[] {50, 160, 300}, "Code", "Name", "Total");
            line(content, 1, new float[] {50, 160, 300}, "204", "Safety", "12.00");
            line(content, 2, new float[] {70, 170, 300}, "20402", "Police", "12.00");
            line(content, 3, new float[] {90, 180}, "2040202", "Courts");
        });

        assertEquals(List.of(List.of("Code", "Name", "Total"), List.of("204", "Safety", "12.00"),
                List.of("20402", "Police", "12.00"), List.of("2040202", "Courts", "")),
                texts(layout.grids().get(0)));
    }

    private interface Drawing {
        void draw(PDPageContentStream content) throws IOException;
    }

    private static PageLayout page(Drawing drawing) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                drawing.draw(content);
            }
            PageContent content = new PageCollector().collect(document, 1);
            return PageLayout.of(1, content.glyphs(), content.rulings());
        }
    }

    /** Words of one line at the given x positions, {@code row} pitches below the top (fractions place wraps). */
    private static void line(PDPageContentStream content, float row, float[] xs, String... words) throws IOException {
        for (int i = 0; i < words.length; i++) {
            content.beginText();
            content.setFont(FONT, 9);
            content.newLineAtOffset(xs[i], TOP - row * PITCH);
            content.showText(words[i]);
            content.endText();
        }
    }

    private static List<List<String>> texts(Grid grid) {
        return grid.rows().stream().map(GridRow::texts).toList();
    }
}

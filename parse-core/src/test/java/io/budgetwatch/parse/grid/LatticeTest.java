package io.budgetwatch.parse.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;

import io.budgetwatch.parse.pdf.PageCollector;
import io.budgetwatch.parse.pdf.PageContent;

/**
 * A ruled grid drawn with PDFBox: blank cells must stay blank in their own column (token order would shift
 * "3.00" left), a number wrapped inside its cell is one number, and a fake-bold glyph drawn twice is read once.
 */
class LatticeTest {
    private static final float[] XS = {50, 150, 250, 350};
    private static final float TOP = 700;
    private static final float ROW = 30;

    @Test
    void cellsAreFoundByRulingLinesAndGlyphPositions() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                rule(content, 4);
                PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
                text(content, font, 0, 0, "Item");
                text(content, font, 0, 1, "A");
                text(content, font, 0, 2, "B");
                text(content, font, 1, 0, "x");
                text(content, font, 1, 1, "12.50");
                text(content, font, 2, 0, "y");
                text(content, font, 2, 2, "3.00");
                text(content, font, 3, 0, "z");
                textAt(content, font, XS[1] + 5, TOP - 3 * ROW - 12, "1700.");
                textAt(content, font, XS[1] + 5, TOP - 3 * ROW - 24, "00");
                textAt(content, font, XS[2] + 5, TOP - 3 * ROW - 18, "7");
                textAt(content, font, XS[2] + 5.3f, TOP - 3 * ROW - 18, "7");
            }
            List<Grid> grids = layout(document).grids();

            assertEquals(1, grids.size());
            List<List<String>> rows = grids.get(0).rows().stream().map(GridRow::texts).toList();
            assertEquals(List.of(List.of("Item", "A", "B"), List.of("x", "12.50", ""), List.of("y", "", "3.00"),
                    List.of("z", "1700.00", "7")), rows);
        }
    }

    /**
     * 江苏 收支总表: a header cell 功能分类 spans two columns over 功能科目名称 | 金额, but the line under it is not
     * drawn; only the inner vertical line, starting half-way down the header band, separates the two. The band is
     * split where that line starts, so the lower header cells keep the body's columns.
     */
    @Test
    void innerLineStartingHalfWayDownAHeaderCellSplitsTheBand() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                for (float y : new float[] {TOP, TOP - 2 * ROW, TOP - 3 * ROW}) {
                    content.moveTo(XS[0], y);
                    content.lineTo(XS[3], y);
                }
                for (float x : new float[] {XS[0], XS[1], XS[3]}) {
                    content.moveTo(x, TOP);
                    content.lineTo(x, TOP - 3 * ROW);
                }
                content.moveTo(XS[2], TOP - ROW);
                content.lineTo(XS[2], TOP - 3 * ROW);
                content.stroke();
                PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
                textAt(content, font, XS[1] + 5, TOP - 18, "Group");
                textAt(content, font, XS[0] + 5, TOP - ROW - 18, "Name");
                textAt(content, font, XS[1] + 5, TOP - ROW - 18, "A");
                textAt(content, font, XS[2] + 5, TOP - ROW - 18, "B");
                text(content, font, 2, 0, "x");
                text(content, font, 2, 1, "1.00");
                text(content, font, 2, 2, "2.00");
            }
            List<Grid> grids = layout(document).grids();

            List<GridRow> rows = grids.get(0).rows();
            assertEquals(3, rows.size(), "the header band is split where the inner line starts");
            assertEquals(List.of("", "Group", ""), rows.get(0).texts());
            assertEquals(List.of(0, 1, 1), Arrays.stream(rows.get(0).spanStart()).boxed().toList());
            assertEquals(List.of("Name", "A", "B"), rows.get(1).texts());
            assertEquals(List.of("x", "1.00", "2.00"), rows.get(2).texts());
        }
    }

    /**
     * WPS starts every page with a y-flip ({@code 1 0 0 -1 0 H cm}) and draws its lines in the flipped space. PDFBox
     * hands the path operators device-space points already: read once, the lines frame the text they were drawn
     * around; read twice (the CTM applied again), they would land mirrored about the page's middle, around nothing.
     */
    @Test
    void linesDrawnUnderAFlippedCtmFrameTheirCells() throws IOException {
        PageLayout layout = drawn((content, page, font) -> {
            float height = page.getMediaBox().getHeight();
            content.saveGraphicsState();
            content.transform(new Matrix(1, 0, 0, -1, 0, height));
            for (int r = 0; r <= 2; r++) {
                content.moveTo(XS[0], height - (TOP - r * ROW));
                content.lineTo(XS[XS.length - 1], height - (TOP - r * ROW));
            }
            for (float x : XS) {
                content.moveTo(x, height - TOP);
                content.lineTo(x, height - (TOP - 2 * ROW));
            }
            content.stroke();
            content.restoreGraphicsState();
            text(content, font, 0, 0, "Item");
            text(content, font, 0, 1, "Total");
            text(content, font, 1, 0, "x");
            text(content, font, 1, 1, "12.50");
        });

        assertEquals(1, layout.grids().size());
        assertEquals(List.of(List.of("Item", "Total", ""), List.of("x", "12.50", "")),
                layout.grids().get(0).rows().stream().map(GridRow::texts).toList());
    }

    /** A line drawn past the clipping path shows only inside it (tabula trims rulings to the clip the same way). */
    @Test
    void linesAreTrimmedToTheClip() throws IOException {
        Grid grid = drawn((content, page, font) -> {
            content.saveGraphicsState();
            content.addRect(XS[0], TOP - 2 * ROW, XS[XS.length - 1] - XS[0], 2 * ROW);
            content.clip();
            for (int r = 0; r <= 2; r++) {
                content.moveTo(0, TOP - r * ROW);
                content.lineTo(page.getMediaBox().getWidth(), TOP - r * ROW);
            }
            for (float x : XS) {
                content.moveTo(x, TOP);
                content.lineTo(x, TOP - 2 * ROW);
            }
            content.stroke();
            content.restoreGraphicsState();
        }).grids().get(0);

        assertEquals(List.of(XS[0], XS[XS.length - 1]), List.of(grid.left(), grid.right()));
    }

    /**
     * Word breaks a table across pages and draws no bottom border under the page's last row; its column lines still
     * run down through it. That row is a row of the grid, with its amounts, not prose under the table.
     */
    @Test
    void aLastRowWithoutBottomBorderIsStillARow() throws IOException {
        Grid grid = drawn((content, page, font) -> {
            for (int r = 0; r <= 2; r++) {
                content.moveTo(XS[0], TOP - r * ROW);
                content.lineTo(XS[XS.length - 1], TOP - r * ROW);
            }
            for (float x : XS) {
                content.moveTo(x, TOP);
                content.lineTo(x, TOP - 3 * ROW);
            }
            content.stroke();
            twoItems(content, font);
        }).grids().get(0);

        assertEquals(List.of("y", "2.00", ""), grid.rows().get(grid.rows().size() - 1).texts());
        assertEquals(List.of("1.00", "2.00"), grid.printedAmounts());
    }

    /** Without column lines either, the line of amounts right under the grid and within its width is its row. */
    @Test
    void aRowPrintedJustOutsideTheGridWithoutAnyLineIsItsRow() throws IOException {
        PageLayout layout = drawn((content, page, font) -> {
            rule(content, 2);
            twoItems(content, font);
            textAt(content, font, XS[0] + 5, TOP - 3 * ROW - 30, "Note: figures in 10k yuan, 3.00 rounded.");
        });
        Grid grid = layout.grids().get(0);

        assertEquals(3, grid.rows().size());
        assertEquals(List.of("y", "2.00", ""), grid.rows().get(2).texts());
        assertEquals(1, layout.lines().size(), "a note further down stays prose");
        assertTrue(layout.lines().get(0).text().endsWith("rounded."), layout.lines().get(0).text());
    }

    /** A header row and two items, x = 1.00 and y = 2.00, in the first three bands. */
    private static void twoItems(PDPageContentStream content, PDType1Font font) throws IOException {
        text(content, font, 0, 0, "Item");
        text(content, font, 1, 0, "x");
        text(content, font, 1, 1, "1.00");
        text(content, font, 2, 0, "y");
        text(content, font, 2, 1, "2.00");
    }

    private interface Drawing {
        void draw(PDPageContentStream content, PDPage page, PDType1Font font) throws IOException;
    }

    /** One A4 page drawn by {@code drawing}, read as the reader reads a page. */
    private static PageLayout drawn(Drawing drawing) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                drawing.draw(content, page, new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            }
            return layout(document);
        }
    }

    /** The first page of {@code document}, read as the reader reads a page. */
    private static PageLayout layout(PDDocument document) throws IOException {
        PageContent content = new PageCollector().collect(document, 1);
        return PageLayout.of(1, content.glyphs(), content.rulings());
    }

    private static void rule(PDPageContentStream content, int rows) throws IOException {
        for (int r = 0; r <= rows; r++) {
            content.moveTo(XS[0], TOP - r * ROW);
            content.lineTo(XS[XS.length - 1], TOP - r * ROW);
        }
        for (float x : XS) {
            content.moveTo(x, TOP);
            content.lineTo(x, TOP - rows * ROW);
        }
        content.stroke();
    }

    private static void text(PDPageContentStream content, PDType1Font font, int row, int column, String text)
            throws IOException {
        textAt(content, font, XS[column] + 5, TOP - row * ROW - 20, text);
    }

    private static void textAt(PDPageContentStream content, PDType1Font font, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, 9);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }
}

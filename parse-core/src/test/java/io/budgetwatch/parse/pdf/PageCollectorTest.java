package io.budgetwatch.parse.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.Test;

/**
 * One walk of a page yields its glyphs and its rulings, including the paths the walk meets inside a form XObject
 * (trimmed to the form's box) and paths closed and stroked in one operator.
 */
class PageCollectorTest {
    private static final float HEIGHT = PDRectangle.A4.getHeight();

    @Test
    void glyphsAndRulingsComeFromOneWalk() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                // a box drawn with "s" (close and stroke): the closing side is a ruling too
                content.moveTo(50, 100);
                content.lineTo(250, 100);
                content.lineTo(250, 50);
                content.lineTo(50, 50);
                content.closeAndStroke();
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                content.newLineAtOffset(60, 70);
                content.showText("12.50");
                content.endText();
            }
            PageContent read = new PageCollector().collect(document, 1);

            assertEquals("12.50", String.join("", read.glyphs().stream().map(Glyph::text).toList()));
            assertEquals(List.of(new Ruling(true, HEIGHT - 100, 50, 250), new Ruling(false, 250, HEIGHT - 100, HEIGHT - 50),
                    new Ruling(true, HEIGHT - 50, 50, 250), new Ruling(false, 50, HEIGHT - 100, HEIGHT - 50)),
                    read.rulings());
        }
    }

    @Test
    void aLineInsideAFormIsTrimmedToTheFormsBox() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDFormXObject form = new PDFormXObject(document);
            form.setResources(new PDResources());
            form.setBBox(new PDRectangle(100, 600, 300, 200));
            try (PDFormContentStream content = new PDFormContentStream(form)) {
                content.moveTo(0, 700);
                content.lineTo(595, 700);
                content.stroke();
            }
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawForm(form);
            }

            // the clip's bounds plus half a hairline either side (RulingCollector.CLIP_SLACK)
            assertEquals(List.of(new Ruling(true, HEIGHT - 700, 99, 401)),
                    new PageCollector().collect(document, 1).rulings());
        }
    }
}

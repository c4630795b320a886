package io.budgetwatch.parse.generated;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;

import io.budgetwatch.events.DisclosureParsed;
import io.budgetwatch.parse.DisclosureReader;
import io.budgetwatch.parse.DocumentRef;
import io.budgetwatch.parse.ReaderLimits;
import io.budgetwatch.parse.UnreadableDocumentException;

/**
 * A disclosure drawn operator by operator, in Chinese, for tests of one reading mechanism at a time. The text is set
 * in Adobe's STSong-Light, not embedded, through the predefined UniGB-UCS2-H CMap, as older Chinese producers write
 * it: the reader gets the Unicode from the CMap and the glyph widths from the font dictionary, so no font file is
 * needed on the machine.
 */
final class SketchedDisclosure {
    private static final float SIZE = 9;
    private static final String FONT = "F1";

    private final List<StringBuilder> pages = new ArrayList<>();

    /** Starts a new A4 page; what follows is drawn on it. */
    SketchedDisclosure page() {
        pages.add(new StringBuilder());
        return this;
    }

    /** {@code text} with its baseline starting at (x, y), in points from the bottom left. */
    SketchedDisclosure text(float x, float y, String text) {
        StringBuilder hex = new StringBuilder();
        text.chars().forEach(c -> hex.append(String.format(Locale.ROOT, "%04X", c)));
        return draw("BT /%s %s Tf %s %s Td <%s> Tj ET", FONT, SIZE, x, y, hex);
    }

    /** A stroked line. */
    SketchedDisclosure line(float x1, float y1, float x2, float y2) {
        return draw("%s %s m %s %s l S", x1, y1, x2, y2);
    }

    /** Ruled rows of {@code height} from {@code top} down between the column edges {@code xs}, all bordered. */
    SketchedDisclosure grid(float[] xs, float top, float height, int rows) {
        float bottom = top - rows * height;
        for (int r = 0; r <= rows; r++) {
            line(xs[0], top - r * height, xs[xs.length - 1], top - r * height);
        }
        for (float x : xs) {
            line(x, top, x, bottom);
        }
        return this;
    }

    /** One row of cells, each text 4 points into its column and 6 above the row's bottom edge. */
    SketchedDisclosure row(float[] xs, float top, float height, int row, String... cells) {
        for (int c = 0; c < cells.length; c++) {
            if (!cells[c].isEmpty()) {
                text(xs[c] + 4, top - (row + 1) * height + 6, cells[c]);
            }
        }
        return this;
    }

    private SketchedDisclosure draw(String operators, Object... operands) {
        pages.get(pages.size() - 1).append(String.format(Locale.ROOT, operators, operands)).append('\n');
        return this;
    }

    byte[] pdf() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            COSDictionary font = songLight();
            for (StringBuilder operators : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                PDResources resources = new PDResources();
                resources.getCOSObject().setItem(COSName.FONT, fontResource(font));
                page.setResources(resources);
                PDStream contents = new PDStream(document);
                try (OutputStream stream = contents.createOutputStream()) {
                    stream.write(operators.toString().getBytes(StandardCharsets.US_ASCII));
                }
                page.setContents(contents);
                document.addPage(page);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Read as parse-service reads a disclosure. */
    DisclosureParsed read() {
        try {
            return new DisclosureReader(ReaderLimits.defaults()).read(pdf(),
                    new DocumentRef("sketch", "test:sketch", "sketch.pdf"));
        } catch (UnreadableDocumentException e) {
            throw new AssertionError("a sketched disclosure is readable: " + e.getMessage(), e);
        }
    }

    private static COSDictionary fontResource(COSDictionary font) {
        COSDictionary fonts = new COSDictionary();
        fonts.setItem(FONT, font);
        return fonts;
    }

    /** Type0 STSong-Light, UniGB-UCS2-H: ideographs 1000 units wide, Latin (CIDs 1–95 and 814–939) 500. */
    private static COSDictionary songLight() {
        COSDictionary system = new COSDictionary();
        system.setString(COSName.REGISTRY, "Adobe");
        system.setString(COSName.ORDERING, "GB1");
        system.setInt(COSName.SUPPLEMENT, 4);

        COSDictionary descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setName(COSName.FONT_NAME, "STSong-Light");
        descriptor.setInt(COSName.FLAGS, 6);
        descriptor.setItem(COSName.FONT_BBOX, numbers(-25, -254, 1000, 880));
        descriptor.setInt(COSName.ITALIC_ANGLE, 0);
        descriptor.setInt(COSName.ASCENT, 880);
        descriptor.setInt(COSName.DESCENT, -120);
        descriptor.setInt(COSName.CAP_HEIGHT, 880);
        descriptor.setInt(COSName.STEM_V, 93);

        COSDictionary cidFont = new COSDictionary();
        cidFont.setItem(COSName.TYPE, COSName.FONT);
        cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE0);
        cidFont.setName(COSName.BASE_FONT, "STSong-Light");
        cidFont.setItem(COSName.CIDSYSTEMINFO, system);
        cidFont.setItem(COSName.FONT_DESC, descriptor);
        cidFont.setInt(COSName.DW, 1000);
        cidFont.setItem(COSName.W, numbers(1, 95, 500, 814, 939, 500));

        COSArray descendants = new COSArray();
        descendants.add(cidFont);
        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE0);
        font.setName(COSName.BASE_FONT, "STSong-Light-UniGB-UCS2-H");
        font.setName(COSName.ENCODING, "UniGB-UCS2-H");
        font.setItem(COSName.DESCENDANT_FONTS, descendants);
        return font;
    }

    private static COSArray numbers(int... values) {
        COSArray array = new COSArray();
        for (int value : values) {
            array.add(COSInteger.get(value));
        }
        return array;
    }
}

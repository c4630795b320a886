package io.budgetwatch.parse.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads one page in a single walk of its content stream: the glyphs with their positions, so that cells are found
 * by where text is drawn, not by the order producers happen to emit it, and the ruling lines
 * ({@link RulingCollector}'s path operators ride along). Fake-bold text (each glyph drawn twice, slightly offset)
 * is drawn once.
 */
public final class PageCollector extends PDFTextStripper {
    private final List<Glyph> glyphs = new ArrayList<>();
    /** Glyphs drawn so far, by text and rounded baseline, to spot a second drawing of the same glyph. */
    private final Map<Drawn, List<Glyph>> drawn = new HashMap<>();

    public PageCollector() {
        setSuppressDuplicateOverlappingText(true);
    }

    /** Page {@code page} (1-based) of {@code document}. */
    public PageContent collect(PDDocument document, int page) throws IOException {
        glyphs.clear();
        drawn.clear();
        RulingCollector rulings = new RulingCollector(document.getPage(page - 1), this);
        rulings.pathOperators().forEach(this::addOperator);
        setStartPage(page);
        setEndPage(page);
        getText(document);
        return new PageContent(List.copyOf(glyphs), rulings.rulings());
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        String unicode = text.getUnicode();
        if (unicode == null || unicode.isBlank()) {
            return;
        }
        float x = text.getXDirAdj();
        float y = text.getYDirAdj();
        Glyph glyph = new Glyph(unicode, x, y, Math.max(text.getWidthDirAdj(), 0.1f), Math.max(text.getHeightDir(), 1f));
        List<Glyph> same = drawn.computeIfAbsent(new Drawn(unicode, Math.round(y)), k -> new ArrayList<>());
        for (Glyph other : same) {
            if (Math.abs(other.x() - x) < glyph.width() * 0.5f) {
                return;
            }
        }
        same.add(glyph);
        glyphs.add(glyph);
    }

    private record Drawn(String text, int baseline) {
    }
}

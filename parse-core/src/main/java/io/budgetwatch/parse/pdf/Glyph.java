package io.budgetwatch.parse.pdf;

/** One drawn character with its box in page space (y grows downwards, as PDFBox's text positions report). */
public record Glyph(String text, float x, float y, float width, float height) {

    public float right() {
        return x + width;
    }

    public float centerX() {
        return x + width / 2;
    }

    /** Vertical centre: PDFBox's y is the baseline, the glyph sits above it. */
    public float centerY() {
        return y - height / 2;
    }
}

package io.budgetwatch.parse.pdf;

import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.DefaultResourceCache;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A document's resource cache that keeps its fonts from page to page. PDFTextStripper drops a page's resources
 * from the cache once the page is read; PDFBox keeps a font for good only after it has been dropped twice, so a
 * font used on every page is parsed three times and the per-page subsets that some producers embed were parsed
 * again on every page that shares them (half the font loads of the wide corpus were reloads). The cache lives as
 * long as the document, whose size is bounded by {@link io.budgetwatch.parse.ReaderLimits}, and holds its fonts
 * by soft reference, so the garbage collector can still reclaim them under memory pressure.
 */
final class FontKeepingCache extends DefaultResourceCache {

    @Override
    public PDFont removeFont(COSObject indirect) {
        return null;
    }
}

package io.budgetwatch.console.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The pages of stored PDFs as PNG images, rendered server-side with PDFBox and cached (bounded), and the pages'
 * sizes in points as the reader measured its boxes: the crop box, turned by the page's rotation, which is also
 * what {@link PDFRenderer} draws. A box in points over a page of {@link PageSize} lands on the image at the same
 * fractions of its width and height.
 */
public final class PageImages {
    /** A page's size in PDF points (1/72 inch), as displayed. */
    public record PageSize(float width, float height) {
    }

    private record PageKey(String documentId, int page) {
    }

    private final Function<String, Optional<byte[]>> pdfs;
    private final BoundedCache<String> pdfCache;
    private final BoundedCache<PageKey> pngCache;
    private final float scale;

    /** {@code pdfs} fetches a document's bytes by id (ingest-service's claim check). */
    public PageImages(Function<String, Optional<byte[]>> pdfs, long cacheBytes, int dpi) {
        this.pdfs = pdfs;
        this.pdfCache = new BoundedCache<>(cacheBytes);
        this.pngCache = new BoundedCache<>(cacheBytes);
        this.scale = dpi / 72f;
    }

    /** The sizes of every page, first page first; empty when the document is not stored. */
    public Optional<List<PageSize>> sizes(String documentId) {
        return pdf(documentId).map(bytes -> withDocument(bytes, document -> {
            List<PageSize> sizes = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                sizes.add(size(page));
            }
            return sizes;
        }));
    }

    /** Page {@code page} (1-based) as PNG; empty when the document is not stored or has no such page. */
    public Optional<byte[]> png(String documentId, int page) {
        return pngCache.get(new PageKey(documentId, page), key -> pdf(key.documentId())
                .flatMap(bytes -> withDocument(bytes, document -> render(document, key.page()))));
    }

    /** The original PDF bytes (cached like the renderings' sources). */
    public Optional<byte[]> pdf(String documentId) {
        return pdfCache.get(documentId, pdfs);
    }

    private Optional<byte[]> render(PDDocument document, int page) throws IOException {
        if (page < 1 || page > document.getNumberOfPages()) {
            return Optional.empty();
        }
        BufferedImage image = new PDFRenderer(document).renderImage(page - 1, scale, ImageType.RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return Optional.of(png.toByteArray());
    }

    private static PageSize size(PDPage page) {
        PDRectangle crop = page.getCropBox();
        boolean turned = Math.floorMod(page.getRotation(), 180) == 90;
        return turned ? new PageSize(crop.getHeight(), crop.getWidth())
                : new PageSize(crop.getWidth(), crop.getHeight());
    }

    private interface DocumentWork<T> {
        T apply(PDDocument document) throws IOException;
    }

    private static <T> T withDocument(byte[] bytes, DocumentWork<T> work) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return work.apply(document);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the PDF: " + e.getMessage(), e);
        }
    }
}

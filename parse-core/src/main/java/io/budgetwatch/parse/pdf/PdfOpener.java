package io.budgetwatch.parse.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import io.budgetwatch.parse.ReaderLimits;
import io.budgetwatch.parse.UnreadableDocumentException;
import io.budgetwatch.parse.UnreadableDocumentException.Reason;

/** Opens PDF bytes within the limits, turning every way a file can be unreadable into a typed reason. */
public final class PdfOpener {
    /** Decoded streams may be larger than the file; cap the in-memory stream cache at a multiple of the limit. */
    private static final int STREAM_CACHE_FACTOR = 4;
    private static final int HEADER_WINDOW = 1024;

    private PdfOpener() {
    }

    public static PDDocument open(byte[] pdf, String fileName, ReaderLimits limits) throws UnreadableDocumentException {
        if (pdf.length > limits.maxBytes()) {
            throw new UnreadableDocumentException(Reason.TOO_LARGE, fileName + "：文件大小 " + pdf.length
                    + " 字节超过上限 " + limits.maxBytes() + " 字节 (file too large)");
        }
        String head = new String(pdf, 0, Math.min(pdf.length, HEADER_WINDOW), StandardCharsets.ISO_8859_1);
        if (!head.contains("%PDF-")) {
            throw new UnreadableDocumentException(Reason.NOT_PDF, fileName + "：不是PDF文件，请上传PDF格式的公开文件 (not a PDF)");
        }
        PDDocument document;
        try {
            long cache = Math.min(Long.MAX_VALUE / STREAM_CACHE_FACTOR, limits.maxBytes()) * STREAM_CACHE_FACTOR;
            document = Loader.loadPDF(new RandomAccessReadBuffer(pdf), "", null, null,
                    MemoryUsageSetting.setupMainMemoryOnly(cache).streamCache);
            document.setResourceCache(new FontKeepingCache());
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException(Reason.ENCRYPTED, null,
                    fileName + "：文件已加密，需要密码才能打开，请提供未加密的版本 (encrypted)", e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException(Reason.CORRUPT, null,
                    fileName + "：文件已损坏或不完整，无法解析 (corrupt or truncated PDF: " + e.getMessage() + ")", e);
        }
        int objects = document.getDocument().getXrefTable().size();
        if (objects > limits.maxObjects()) {
            closeQuietly(document);
            throw new UnreadableDocumentException(Reason.TOO_LARGE, fileName + "：文件含 " + objects + " 个PDF对象，超过上限 "
                    + limits.maxObjects() + " 个 (too many objects)");
        }
        int pages = document.getNumberOfPages();
        if (pages == 0 || pages > limits.maxPages()) {
            closeQuietly(document);
            throw pages == 0
                    ? new UnreadableDocumentException(Reason.NO_PAGES, fileName + "：文件没有任何页面 (no pages)")
                    : new UnreadableDocumentException(Reason.TOO_LARGE, fileName + "：共 " + pages + " 页，超过上限 "
                            + limits.maxPages() + " 页 (too many pages)");
        }
        return document;
    }

    public static void closeQuietly(PDDocument document) {
        try {
            document.close();
        } catch (IOException e) {
            // Closing an in-memory document frees buffers only; nothing to report.
        }
    }
}

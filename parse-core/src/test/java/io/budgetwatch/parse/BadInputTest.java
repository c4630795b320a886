package io.budgetwatch.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;

import io.budgetwatch.parse.UnreadableDocumentException.Reason;
import io.budgetwatch.parse.corpus.Corpus;

/** Every way a file can be unreadable ends in a typed reason and a message that names the file. */
class BadInputTest {
    private static final String FILE = "upload.pdf";

    @Test
    void notAPdf() {
        assertUnreadable(Reason.NOT_PDF, "<html>404 Not Found</html>".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void corruptBody() {
        byte[] garbage = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\nxref\n0 1\ntrailer << /Root 1 0 R >>\n%%EOF"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertUnreadable(Reason.CORRUPT, garbage);
    }

    @Test
    void truncatedDownload() {
        byte[] whole = Corpus.bytes("seed-001.pdf");
        assertUnreadable(Reason.CORRUPT, Arrays.copyOf(whole, 2000));
    }

    @Test
    void encryptedWithAUserPassword() throws IOException {
        try (PDDocument document = blankDocument(1)) {
            document.protect(new StandardProtectionPolicy("owner", "secret", new AccessPermission()));
            assertUnreadable(Reason.ENCRYPTED, save(document));
        }
    }

    @Test
    void zeroPages() throws IOException {
        try (PDDocument document = new PDDocument()) {
            assertUnreadable(Reason.NO_PAGES, save(document));
        }
    }

    @Test
    void scannedPagesWithoutText() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.addRect(50, 50, 300, 400);
                content.fill();
            }
            UnreadableDocumentException e = assertUnreadable(Reason.NO_TEXT_LAYER, save(document));
            assertEquals(1, e.page());
        }
    }

    @Test
    void tooManyBytes() {
        byte[] pdf = Corpus.bytes("seed-001.pdf");
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
                () -> new DisclosureReader(new ReaderLimits(1000, 500, Duration.ofSeconds(60))).read(pdf, ref()));
        assertEquals(Reason.TOO_LARGE, e.reason());
    }

    @Test
    void tooManyPages() throws IOException {
        try (PDDocument document = blankDocument(3)) {
            byte[] pdf = save(document);
            UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
                    () -> new DisclosureReader(new ReaderLimits(1_000_000, 2, Duration.ofSeconds(60))).read(pdf, ref()));
            assertEquals(Reason.TOO_LARGE, e.reason());
            assertTrue(e.getMessage().contains("3"), e.getMessage());
        }
    }

    @Test
    void readingThatOutlastsTheTimeLimitIsAbandoned() {
        byte[] pdf = Corpus.bytes("seed-003.pdf");
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
                () -> new DisclosureReader(new ReaderLimits(50_000_000, 500, Duration.ofNanos(1))).read(pdf, ref()));
        assertEquals(Reason.TIMEOUT, e.reason());
    }

    @Test
    void tooManyObjects() throws IOException {
        try (PDDocument document = blankDocument(40)) {
            byte[] pdf = save(document);
            ReaderLimits fewObjects = new ReaderLimits(50_000_000, 500, Duration.ofSeconds(60), 20);
            UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
                    () -> new DisclosureReader(fewObjects).read(pdf, ref()));
            assertEquals(Reason.TOO_LARGE, e.reason());
            assertTrue(e.getMessage().contains("too many objects"), e.getMessage());
        }
    }

    private static UnreadableDocumentException assertUnreadable(Reason reason, byte[] pdf) {
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class, () -> read(pdf));
        assertEquals(reason, e.reason(), e.getMessage());
        assertTrue(e.getMessage().contains(FILE), "the message names the file: " + e.getMessage());
        return e;
    }

    private static void read(byte[] pdf) throws UnreadableDocumentException {
        new DisclosureReader(ReaderLimits.defaults()).read(pdf, ref());
    }

    private static DocumentRef ref() {
        return new DocumentRef("doc-1", "https://example.gov.cn/" + FILE, FILE);
    }

    /** Blank pages: enough for the page-count and encryption checks, which come before any text is read. */
    private static PDDocument blankDocument(int pages) throws IOException {
        PDDocument document = new PDDocument();
        for (int i = 0; i < pages; i++) {
            document.addPage(new PDPage());
        }
        return document;
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}

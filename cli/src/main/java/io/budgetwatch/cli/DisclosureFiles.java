package io.budgetwatch.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.budgetwatch.events.DisclosureParsed;
import io.budgetwatch.events.DocumentIds;
import io.budgetwatch.parse.DisclosureReader;
import io.budgetwatch.parse.DocumentRef;
import io.budgetwatch.parse.ReaderLimits;
import io.budgetwatch.parse.UnreadableDocumentException;

/**
 * Reads disclosure PDFs from disk with the same reader and limits parse-service uses; the documentId is the SHA-256
 * of the bytes, as ingest-service computes it, so CLI output can be compared with what the pipeline publishes.
 */
final class DisclosureFiles {
    private final DisclosureReader reader = new DisclosureReader(ReaderLimits.defaults());

    DisclosureParsed read(Path file) throws InputFailure {
        if (Files.isDirectory(file)) {
            throw InputFailure.cannotOpen(file, "is a directory");
        }
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw InputFailure.cannotOpen(file, e);
        }
        Path absolute = file.toAbsolutePath().normalize();
        DocumentRef ref = new DocumentRef(DocumentIds.of(content), absolute.toUri().toString(),
                String.valueOf(absolute.getFileName()));
        try {
            return reader.read(content, ref);
        } catch (UnreadableDocumentException e) {
            throw InputFailure.unreadable(file, e);
        }
    }
}

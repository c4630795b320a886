package io.budgetwatch.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import io.budgetwatch.events.DocumentIds;

/** The PDFs of the local portal, with the documentId (SHA-256) each will have in the pipeline. */
record Samples(Path dir, List<Sample> files) {

    record Sample(String fileName, String documentId) {
    }

    static Samples load(Path dir) throws StageFailure {
        try (Stream<Path> listing = Files.list(dir)) {
            List<Path> pdfs = listing.filter(Samples::isPdf).sorted().toList();
            if (pdfs.isEmpty()) {
                throw new StageFailure("samples", "no *.pdf in " + dir + ": the local portal would offer nothing");
            }
            List<Sample> samples = new ArrayList<>();
            for (Path pdf : pdfs) {
                samples.add(new Sample(pdf.getFileName().toString(), DocumentIds.of(Files.readAllBytes(pdf))));
            }
            return new Samples(dir, List.copyOf(samples));
        } catch (IOException e) {
            throw new StageFailure("samples", "cannot read the samples in " + dir + ": " + e, e);
        }
    }

    static boolean isPdf(Path file) {
        return Files.isRegularFile(file) && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf");
    }
}

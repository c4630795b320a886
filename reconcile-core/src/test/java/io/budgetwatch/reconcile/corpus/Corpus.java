package io.budgetwatch.reconcile.corpus;

import io.budgetwatch.events.DisclosureParsed;
import io.budgetwatch.events.ReconciliationReport;
import io.budgetwatch.parse.DisclosureReader;
import io.budgetwatch.parse.DocumentRef;
import io.budgetwatch.parse.ReaderLimits;
import io.budgetwatch.parse.UnreadableDocumentException;
import io.budgetwatch.reconcile.fixtures.Reports;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The real disclosures of the repository's corpus (test resources under /corpus), each read once per test run by the
 * real reader — reading is the expensive part, checking is cheap.
 */
final class Corpus {
    private static final Map<String, DisclosureParsed> READ = new ConcurrentHashMap<>();

    private Corpus() {
    }

    /** Every PDF of the corpus, as listed in SOURCES.tsv (first column). */
    static List<String> files() {
        return new String(resource("SOURCES.tsv"), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank())
                .map(l -> l.split("\t")[0]).sorted().toList();
    }

    /** The disclosures of corpus/wide (other provinces, many producers), as wide/NAME.pdf. */
    static List<String> wideFiles() {
        return new String(resource("wide/SOURCES.tsv"), StandardCharsets.UTF_8).lines().skip(1)
                .filter(l -> !l.isBlank()).map(l -> "wide/" + l.split("\t")[0]).sorted().toList();
    }

    static DisclosureParsed read(String file) {
        return READ.computeIfAbsent(file, f -> {
            try {
                return new DisclosureReader(ReaderLimits.defaults()).read(resource(f), new DocumentRef(f, "test:" + f,
                        f));
            } catch (UnreadableDocumentException e) {
                throw new AssertionError(f + " should be readable: " + e.getMessage(), e);
            }
        });
    }

    static ReconciliationReport check(String file) {
        return Reports.check(read(file));
    }

    /** {@code file} checked with {@code previousYear} as the same department's disclosure of the year before. */
    static ReconciliationReport check(String file, String previousYear) {
        return Reports.check(read(file), read(previousYear));
    }

    private static byte[] resource(String name) {
        try (InputStream in = Corpus.class.getResourceAsStream("/corpus/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource /corpus/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.budgetwatch.parse.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.budgetwatch.events.DisclosureParsed;
import io.budgetwatch.events.Row;
import io.budgetwatch.events.Table;
import io.budgetwatch.events.TableTypes;
import io.budgetwatch.parse.DisclosureReader;
import io.budgetwatch.parse.DocumentRef;
import io.budgetwatch.parse.ReaderLimits;
import io.budgetwatch.parse.UnreadableDocumentException;

/** The corpus PDFs copied into test resources, each read once per test run. */
public final class Corpus {
    private static final Map<String, DisclosureParsed> READ = new ConcurrentHashMap<>();

    private Corpus() {
    }

    public static byte[] bytes(String file) {
        try (InputStream in = Corpus.class.getResourceAsStream("/corpus/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource /corpus/" + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every PDF of corpus/ outside corpus/wide/, as its SOURCES.tsv lists them. */
    public static List<String> files() {
        return new String(bytes("SOURCES.tsv"), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank())
                .map(l -> l.split("\t")[0]).filter(f -> f.endsWith(".pdf")).sorted().toList();
    }

    public static DisclosureParsed read(String file) {
        return READ.computeIfAbsent(file, f -> {
            try {
                return new DisclosureReader(ReaderLimits.defaults()).read(bytes(f), new DocumentRef(f, "test:" + f, f));
            } catch (UnreadableDocumentException e) {
                throw new AssertionError(f + " should be readable: " + e.getMessage(), e);
            }
        });
    }

    public static Table table(String file, String type) {
        Table table = read(file).table(type);
        if (table == null) {
            throw new AssertionError(file + " has no table " + type);
        }
        return table;
    }

    /** The first row of {@code table} named {@code name} (on {@code side}, or any side when null). */
    public static Row row(Table table, String side, String name) {
        return table.rows().stream()
                .filter(r -> r.name().equals(name) && (side == null || side.equals(r.side())))
                .findFirst().orElseThrow(() -> new AssertionError(table.type() + " has no row " + name));
    }

    public static Row codeRow(Table table, String code) {
        return table.rows().stream().filter(r -> code.equals(r.code())).findFirst()
                .orElseThrow(() -> new AssertionError(table.type() + " has no row " + code));
    }

    /** The standard tables not printed, missing or declared absent, in {@code TableTypes.STANDARD} order. */
    static List<String> notPrinted(DisclosureParsed parsed) {
        return TableTypes.STANDARD.stream().filter(t -> parsed.quality().tablesMissing().contains(t)
                || parsed.quality().tablesDeclaredAbsent().contains(t)).toList();
    }
}

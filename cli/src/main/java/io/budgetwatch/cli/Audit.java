package io.budgetwatch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.budgetwatch.events.DisclosureParsed;
import io.budgetwatch.events.EventJson;
import io.budgetwatch.events.Finding;
import io.budgetwatch.events.ReconciliationReport;
import io.budgetwatch.events.Severity;
import io.budgetwatch.events.Table;
import io.budgetwatch.events.TableReading;
import io.budgetwatch.events.TableTypes;
import io.budgetwatch.reconcile.Reconciler;

/**
 * {@code bw audit}: how well the reader reads a folder of disclosures, without ground truth. Per file the standard
 * tables typed, missing, declared absent and declared empty, the tables the reader does not stand behind, the share
 * of printed amounts in standard tables that landed in a cell, the parent = Σ children pass rate, the critical
 * findings the rules would raise, pages and seconds; then a total.
 */
final class Audit {
    /** One file's reading quality; {@code error} is set (and the counts zero) when the file could not be read. */
    record FileAudit(String file, String department, Integer year, int pages, int tablesTyped, int tablesMissing,
            int tablesDeclaredAbsent, int tablesDeclaredEmpty, List<String> suspectTables, int amountGlyphs,
            int amountGlyphsAccounted, int sums, int sumsHolding, int criticalFindings, List<String> criticalRules,
            double seconds, String error) {
    }

    /** The last line of {@code --json}. */
    record Total(boolean total, int files, int unreadableFiles, int tablesTyped, int tablesMissing,
            int tablesDeclaredAbsent, int tablesDeclaredEmpty, int suspectTables, int amountGlyphs,
            int amountGlyphsAccounted, int sums, int sumsHolding, int criticalFindings, int filesWithCritical,
            double seconds) {
    }

    private final DisclosureFiles files;
    private final Reconciler reconciler;
    private final PrintStream out;
    private final PrintStream err;

    Audit(DisclosureFiles files, Reconciler reconciler, PrintStream out, PrintStream err) {
        this.files = files;
        this.reconciler = reconciler;
        this.out = out;
        this.err = err;
    }

    /** Every PDF under the given folders and files, in name order; exit 66 when none was found. */
    int run(List<Path> inputs, boolean json) {
        List<Path> pdfs;
        try {
            pdfs = pdfs(inputs);
        } catch (IOException e) {
            err.println("bw: audit: " + e.getMessage());
            return ExitCode.NO_INPUT;
        }
        if (pdfs.isEmpty()) {
            err.println("bw: audit: no PDF found in " + inputs);
            return ExitCode.NO_INPUT;
        }
        List<FileAudit> audits = new ArrayList<>();
        for (int i = 0; i < pdfs.size(); i++) {
            err.print(String.format(Locale.ROOT, "\r[%d/%d] %s\u001b[K", i + 1, pdfs.size(), pdfs.get(i).getFileName()));
            FileAudit audit = audit(pdfs.get(i));
            audits.add(audit);
            out.println(json ? EventJson.writeString(audit) : line(audit));
        }
        err.println();
        Total total = total(audits);
        out.println(json ? EventJson.writeString(total) : line(total));
        return ExitCode.OK;
    }

    private static List<Path> pdfs(List<Path> inputs) throws IOException {
        List<Path> pdfs = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf"))
                            .sorted().forEach(pdfs::add);
                }
            } else {
                pdfs.add(input);
            }
        }
        return pdfs;
    }

    private FileAudit audit(Path pdf) {
        long start = System.nanoTime();
        try {
            DisclosureParsed parsed = files.read(pdf);
            ReconciliationReport report = reconciler.check(parsed, null);
            List<Table> standard = parsed.tables().stream().filter(t -> TableTypes.STANDARD.contains(t.type())).toList();
            int typed = (int) standard.stream().map(Table::type).distinct().count();
            int empty = (int) standard.stream().filter(Table::empty).map(Table::type).distinct().count();
            List<String> suspect = parsed.tables().stream().filter(Table::suspect)
                    .map(t -> t.type() + "@p" + t.pages().get(0)).toList();
            int glyphs = 0;
            int accounted = 0;
            int sums = 0;
            int holding = 0;
            for (Table table : standard) {
                TableReading reading = table.readingOrUnchecked();
                glyphs += reading.amountGlyphs();
                accounted += reading.amountGlyphsAccounted();
                sums += reading.sums();
                holding += reading.sumsHolding();
            }
            List<Finding> critical = report.findings().stream().filter(f -> f.severity() == Severity.CRITICAL).toList();
            // Rule ids in catalogue order with their counts: which rules a reader of this province trips.
            Map<String, Long> byRule = critical.stream().collect(Collectors.groupingBy(Finding::ruleId,
                    LinkedHashMap::new, Collectors.counting()));
            List<String> rules = byRule.entrySet().stream().map(e -> e.getKey() + "×" + e.getValue()).toList();
            return new FileAudit(pdf.toString(), parsed.department().name(), parsed.year(), parsed.pages(), typed,
                    parsed.quality().tablesMissing().size(), parsed.quality().tablesDeclaredAbsent().size(), empty,
                    suspect, glyphs, accounted, sums, holding, critical.size(), rules, seconds(start), null);
        } catch (InputFailure failure) {
            return new FileAudit(pdf.toString(), null, null, 0, 0, 0, 0, 0, List.of(), 0, 0, 0, 0, 0, List.of(),
                    seconds(start), failure.getMessage());
        }
    }

    private static double seconds(long start) {
        return Math.round((System.nanoTime() - start) / 1e7) / 100.0;
    }

    private static Total total(List<FileAudit> audits) {
        int unreadable = (int) audits.stream().filter(a -> a.error() != null).count();
        return new Total(true, audits.size(), unreadable, audits.stream().mapToInt(FileAudit::tablesTyped).sum(),
                audits.stream().mapToInt(FileAudit::tablesMissing).sum(),
                audits.stream().mapToInt(FileAudit::tablesDeclaredAbsent).sum(),
                audits.stream().mapToInt(FileAudit::tablesDeclaredEmpty).sum(),
                audits.stream().mapToInt(a -> a.suspectTables().size()).sum(),
                audits.stream().mapToInt(FileAudit::amountGlyphs).sum(),
                audits.stream().mapToInt(FileAudit::amountGlyphsAccounted).sum(),
                audits.stream().mapToInt(FileAudit::sums).sum(), audits.stream().mapToInt(FileAudit::sumsHolding).sum(),
                audits.stream().mapToInt(FileAudit::criticalFindings).sum(),
                (int) audits.stream().filter(a -> a.criticalFindings() > 0).count(),
                Math.round(audits.stream().mapToDouble(FileAudit::seconds).sum() * 100) / 100.0);
    }

    private static String line(FileAudit a) {
        if (a.error() != null) {
            return a.file() + "  UNREADABLE  " + a.error();
        }
        return String.format(Locale.ROOT, "%s  %s %s  %d p  tables %d/%d typed, %d declared absent, %d empty"
                + "  suspect %d%s  amounts %s  sums %s  critical %d%s  %.2f s", a.file(), a.department(), a.year(),
                a.pages(), a.tablesTyped(), TableTypes.STANDARD.size(), a.tablesDeclaredAbsent(),
                a.tablesDeclaredEmpty(), a.suspectTables().size(),
                a.suspectTables().isEmpty() ? "" : " " + a.suspectTables(),
                share(a.amountGlyphsAccounted(), a.amountGlyphs()), share(a.sumsHolding(), a.sums()), a.criticalFindings(),
                a.criticalRules().isEmpty() ? "" : " " + a.criticalRules(), a.seconds());
    }

    private static String line(Total t) {
        return String.format(Locale.ROOT, "TOTAL  %d files (%d unreadable)  tables %d typed, %d missing, "
                + "%d declared absent, %d empty  suspect %d  amounts %s  sums %s  critical %d in %d files  %.2f s",
                t.files(), t.unreadableFiles(), t.tablesTyped(), t.tablesMissing(), t.tablesDeclaredAbsent(),
                t.tablesDeclaredEmpty(), t.suspectTables(), share(t.amountGlyphsAccounted(), t.amountGlyphs()),
                share(t.sumsHolding(), t.sums()), t.criticalFindings(), t.filesWithCritical(), t.seconds());
    }

    private static String share(int part, int whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%d/%d (%.1f %%)", part, whole, 100.0 * part / whole);
    }
}

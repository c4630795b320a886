package io.budgetwatch.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.budgetwatch.events.DisclosureParsed;
import io.budgetwatch.events.EventJson;
import io.budgetwatch.reconcile.DisclosureHalves;
import io.budgetwatch.reconcile.Reconciler;
import io.budgetwatch.reconcile.RuleSettings;

/**
 * {@code bw}: the pipeline's parsing and rule code on local files, and its crawler as a dry run, in one JVM, without
 * Kafka or a database. Output is JSON, one document per line, so it pipes into {@code jq}.
 */
public final class Bw {
    private static final String USAGE = """
            usage: bw parse FILE.pdf...
                     print one DisclosureParsed JSON per file, one per line
                   bw check FILE.pdf... | bw check FILE.pdf [--with OTHER.pdf] [--previous PRIOR.pdf]
                     print the ReconciliationReport JSON of each FILE, one per line; OTHER is the other
                     file of a disclosure published as two (情况说明 and 报表), checked with FILE as one;
                     PRIOR is the same department's disclosure of the year before, for the
                     year-over-year rules
                   bw audit [--json] DIR|FILE.pdf...
                     reading quality of every PDF found: standard tables typed / missing / declared
                     empty, suspect tables, printed amounts accounted for, parent = sum of children
                     pass rate, critical findings, pages and seconds; a total line last
                   bw crawl URL [--max-pages N]
                     dry run of ingest-service's crawler from URL (same manners and safety, nothing stored):
                     one JSON line per document found, a summary on stderr; loopback and private hosts
                     only when listed in BUDGETWATCH_INGEST_ALLOWED_PRIVATE_HOSTS
            exit codes: 0 ok, 64 usage error, 65 unreadable PDF, 66 file cannot be opened
            """;

    /**
     * PDFBox and FontBox log recoverable quirks (font substitutions) as warnings: they do not change the numbers read,
     * and stderr is kept for what the user must act on. Held here because JUL keeps loggers only weakly.
     */
    private static final List<Logger> QUIET_LOGGERS = List.of(Logger.getLogger("org.apache.pdfbox"),
            Logger.getLogger("org.apache.fontbox"), Logger.getLogger("crawlercommons"));
    /** The crawler's progress line repeats the summary; its warnings (robots.txt unreachable) are kept. */
    private static final Logger CRAWLER_LOGGER = Logger.getLogger("io.budgetwatch.crawl");

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> environment;
    private final DisclosureFiles files = new DisclosureFiles();
    private final Reconciler reconciler = new Reconciler(RuleSettings.defaults());

    Bw(PrintStream out, PrintStream err, Map<String, String> environment) {
        this.out = out;
        this.err = err;
        this.environment = environment;
    }

    public static void main(String[] args) {
        QUIET_LOGGERS.forEach(logger -> logger.setLevel(Level.SEVERE));
        CRAWLER_LOGGER.setLevel(Level.WARNING);
        // Department names are Chinese: write UTF-8 whatever the platform locale says.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(new Bw(out, err, System.getenv()).run(args));
    }

    int run(String... args) {
        Invocation invocation;
        try {
            invocation = Invocation.parse(args);
        } catch (UsageException e) {
            err.println("bw: " + e.getMessage());
            err.print(USAGE);
            return ExitCode.USAGE;
        }
        return switch (invocation.command()) {
            case HELP -> {
                out.print(USAGE);
                yield ExitCode.OK;
            }
            case PARSE -> parse(invocation.files());
            case CHECK -> invocation.previous() == null && invocation.sibling() == null
                    ? checkEach(invocation.files())
                    : check(invocation.files().get(0), invocation.sibling(), invocation.previous());
            case AUDIT -> new Audit(files, reconciler, out, err).run(invocation.files(), invocation.json());
            case CRAWL -> crawl(invocation);
        };
    }

    private int crawl(Invocation invocation) {
        try {
            return new DryRunCrawl(out, err, environment).run(invocation.startUrl(), invocation.maxPages());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("bw: crawl interrupted");
            return ExitCode.OK;
        }
    }

    /** Every file is tried; the exit code is the most serious failure. */
    private int parse(List<Path> pdfs) {
        int exit = ExitCode.OK;
        for (Path pdf : pdfs) {
            try {
                out.println(EventJson.writeString(files.read(pdf)));
            } catch (InputFailure failure) {
                exit = Math.max(exit, report(failure));
            }
        }
        return exit;
    }

    /** Every file is tried; the exit code is the most serious failure. */
    private int checkEach(List<Path> pdfs) {
        int exit = ExitCode.OK;
        for (Path pdf : pdfs) {
            exit = Math.max(exit, check(pdf, null, null));
        }
        return exit;
    }

    private int check(Path pdf, Path siblingPdf, Path previousPdf) {
        try {
            DisclosureParsed current = files.read(pdf);
            DisclosureParsed sibling = siblingPdf == null ? null : files.read(siblingPdf);
            DisclosureParsed previous = previousPdf == null ? null : files.read(previousPdf);
            if (sibling != null && DisclosureHalves.join(current, sibling).isEmpty()) {
                err.println("bw: warning: " + siblingPdf + " is " + describe(sibling) + ", not the other half of "
                        + describe(current) + " (a text half and a tables half of one department-year): "
                        + pdf + " is checked alone");
            }
            if (previous != null) {
                warnIfNotPriorYear(current, previous, previousPdf);
            }
            out.println(EventJson.writeString(reconciler.check(current, sibling, previous)));
            return ExitCode.OK;
        } catch (InputFailure failure) {
            return report(failure);
        }
    }

    /** Year-over-year rules assume the prior file is last year's disclosure of the same department: say when not. */
    private void warnIfNotPriorYear(DisclosureParsed current, DisclosureParsed previous, Path previousPdf) {
        boolean sameDepartment = current.departmentKey().equals(previous.departmentKey());
        boolean yearBefore = current.year() != null && previous.year() != null
                && previous.year() == current.year() - 1;
        if (!sameDepartment || !yearBefore) {
            err.println("bw: warning: " + previousPdf + " is " + describe(previous) + ", not the year before "
                    + describe(current) + "; year-over-year findings may not mean much");
        }
    }

    private static String describe(DisclosureParsed parsed) {
        return parsed.departmentKey() + " " + Objects.toString(parsed.year(), "(year unknown)");
    }

    private int report(InputFailure failure) {
        err.println("bw: " + failure.getMessage());
        return failure.exitCode();
    }
}

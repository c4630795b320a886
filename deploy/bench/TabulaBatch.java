import java.io.File;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;

import technology.tabula.CommandLineApp;

/**
 * tabula-java's batch mode ({@code -l -p all -f JSON -b DIR}: one JVM, each PDF's tables written to PDF.json) over
 * the PDFs named on the command line, going on past a PDF tabula throws on instead of stopping the batch there
 * (1.0.5 rejects some producers' slanted rulings), so that it reads the same files as the other readers. Prints
 * the files it failed on to stderr and their number last.
 */
public final class TabulaBatch {
    public static void main(String[] args) throws Exception {
        CommandLine line = new DefaultParser().parse(CommandLineApp.buildOptions(),
                new String[] {"-l", "-p", "all", "-f", "JSON"});
        CommandLineApp tabula = new CommandLineApp(System.out, line);
        int failed = 0;
        for (String pdf : args) {
            try {
                tabula.extractFileInto(new File(pdf), new File(pdf.replaceFirst("\\.pdf$", ".json")));
            } catch (Exception e) {
                failed++;
                System.err.println("tabula failed on " + new File(pdf).getName() + ": " + e);
            }
        }
        System.err.println("tabula failed on " + failed + " of " + args.length + " files");
    }
}

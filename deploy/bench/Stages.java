import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Stage shares of a JFR recording of {@code bw parse} (java Stages.java REC.jfr): each execution sample goes to the
 * stage of the innermost frame that names one, so a font loaded while a form's content stream is walked counts as
 * font work, a cell's text normalised while a grid is built as cell text. Execution samples cover Java code only;
 * the CPU of the JIT compiler threads is printed apart (from jdk.ThreadCPULoad, every 10 s with the profile
 * settings, so to within the last period).
 */
public final class Stages {
    /** Frame prefixes (class or class.method) of each stage, innermost stage first when nested. */
    private static final Map<String, List<String>> STAGES = new LinkedHashMap<>();

    static {
        STAGES.put("font loading (PDResources.getFont: embedded font parsing, CMaps)",
                List.of("org.apache.pdfbox.pdmodel.PDResources.getFont"));
        STAGES.put("content-stream tokenising (PDFStreamParser)", List.of("org.apache.pdfbox.pdfparser.PDFStreamParser"));
        STAGES.put("rulings (path operators, RulingCollector)",
                List.of("io.budgetwatch.parse.pdf.RulingCollector", "org.apache.pdfbox.contentstream.operator.graphics."));
        STAGES.put("glyph positions (show text, TextPosition, fake-bold check)",
                List.of("org.apache.pdfbox.contentstream.PDFStreamEngine.showText",
                        "io.budgetwatch.parse.pdf.PageCollector.processTextPosition"));
        STAGES.put("other content-stream operators (state, forms, text matrices)",
                List.of("io.budgetwatch.parse.pdf.PageCollector.collect"));
        STAGES.put("PDF loading (xref, objects, limits)", List.of("io.budgetwatch.parse.pdf.PdfOpener"));
        STAGES.put("text: glyph sorting into cells and lines, CJK normalising (CellText, CjkText, PageLayout.text)",
                List.of("io.budgetwatch.parse.grid.CellText", "io.budgetwatch.parse.text.",
                        "io.budgetwatch.parse.grid.PageLayout.text"));
        STAGES.put("lattice: grids from rulings and glyphs (grid.*)", List.of("io.budgetwatch.parse.grid."));
        STAGES.put("tables: typing, rows, checks (tables.*)",
                List.of("io.budgetwatch.parse.tables.", "io.budgetwatch.parse.DisclosureReader.shape"));
        STAGES.put("key figures", List.of("io.budgetwatch.parse.figures."));
        STAGES.put("claims", List.of("io.budgetwatch.parse.claims."));
        STAGES.put("document identity, referenced tables", List.of("io.budgetwatch.parse.document."));
        STAGES.put("JSON output", List.of("com.fasterxml.jackson."));
    }

    public static void main(String[] args) throws Exception {
        Map<String, Integer> counts = new LinkedHashMap<>();
        STAGES.keySet().forEach(stage -> counts.put(stage, 0));
        counts.put("other (JVM, file reading, the rest)", 0);
        int samples = 0;
        double compilerSeconds = 0;
        int processors = Runtime.getRuntime().availableProcessors();
        Map<Long, Instant> lastLoad = new HashMap<>();
        List<RecordedEvent> events = RecordingFile.readAllEvents(Path.of(args[0]));
        Instant start = events.stream().map(RecordedEvent::getStartTime).min(Instant::compareTo).orElse(Instant.EPOCH);
        for (RecordedEvent event : events) {
            String type = event.getEventType().getName();
            if (type.equals("jdk.ExecutionSample") && event.getStackTrace() != null) {
                samples++;
                counts.merge(stage(event.getStackTrace().getFrames()), 1, Integer::sum);
            } else if (type.equals("jdk.CPUInformation")) {
                processors = event.getInt("hwThreads");
            }
        }
        for (RecordedEvent event : events) {
            RecordedThread thread = event.getThread();
            if (event.getEventType().getName().equals("jdk.ThreadCPULoad") && thread != null
                    && thread.getJavaName() != null && thread.getJavaName().contains("CompilerThread")) {
                // The load is a share of all hardware threads over the time since the thread's previous event.
                Instant previous = lastLoad.getOrDefault(thread.getJavaThreadId(), start);
                double seconds = Duration.between(previous, event.getStartTime()).toNanos() / 1e9;
                compilerSeconds += (event.getFloat("user") + event.getFloat("system")) * processors * seconds;
                lastLoad.put(thread.getJavaThreadId(), event.getStartTime());
            }
        }
        System.out.printf("%d execution samples (Java code on all threads)%n", samples);
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            System.out.printf("%6.1f %%  %s%n", 100.0 * entry.getValue() / Math.max(samples, 1), entry.getKey());
        }
        System.out.printf("JIT compiler threads: %.1f s CPU%n", compilerSeconds);
    }

    /** The stage of the innermost frame (frames run innermost first) that names one. */
    private static String stage(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String method = frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
            for (Map.Entry<String, List<String>> stage : STAGES.entrySet()) {
                if (stage.getValue().stream().anyMatch(method::startsWith)) {
                    return stage.getKey();
                }
            }
        }
        return "other (JVM, file reading, the rest)";
    }
}

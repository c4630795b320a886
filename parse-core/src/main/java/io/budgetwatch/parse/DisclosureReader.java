package io.budgetwatch.parse;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.pdfbox.pdmodel.PDDocument;

import io.budgetwatch.events.DisclosureParsed;
import io.budgetwatch.events.KeyFigure;
import io.budgetwatch.events.Quality;
import io.budgetwatch.events.Table;
import io.budgetwatch.events.TableTypes;
import io.budgetwatch.events.Warning;
import io.budgetwatch.parse.UnreadableDocumentException.Reason;
import io.budgetwatch.parse.claims.ClaimExtractor;
import io.budgetwatch.parse.document.DocumentIdentity;
import io.budgetwatch.parse.document.DeclaredAbsence;
import io.budgetwatch.parse.document.ReferencedTables;
import io.budgetwatch.parse.figures.KeyFigureExtractor;
import io.budgetwatch.parse.grid.PageLayout;
import io.budgetwatch.parse.pdf.PageCollector;
import io.budgetwatch.parse.pdf.PageContent;
import io.budgetwatch.parse.pdf.PdfOpener;
import io.budgetwatch.parse.tables.BasicExpenditureTable;
import io.budgetwatch.parse.tables.TableAssembler;
import io.budgetwatch.parse.tables.ThreePublicTable;

/** Reads one disclosure PDF into a {@link DisclosureParsed}: tables, key figures, claims and reading quality. */
public final class DisclosureReader {
    public static final String PARSER_VERSION = "parse-core/0.1.0";
    private static final String DEFAULT_UNIT = "万元";

    private final ReaderLimits limits;

    public DisclosureReader(ReaderLimits limits) {
        this.limits = limits;
    }

    /** Reads one disclosure; never hangs, never OOMs within the limits. */
    public DisclosureParsed read(byte[] pdf, DocumentRef ref) throws UnreadableDocumentException {
        String fileName = ref.fileName() == null ? ref.documentId() : ref.fileName();
        PDDocument document = PdfOpener.open(pdf, fileName, limits);
        // A worker thread bounds the wall-clock time: PDFBox cannot be interrupted mid-operator, so the worker
        // also checks for interruption between pages and is a daemon that cannot keep the JVM alive.
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "disclosure-reader");
            thread.setDaemon(true);
            return thread;
        });
        Future<DisclosureParsed> result = worker.submit(() -> parse(document, ref, fileName));
        try {
            return result.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new UnreadableDocumentException(Reason.TIMEOUT, null, fileName + "：解析超过时限 "
                    + limits.timeout().toSeconds() + " 秒，已中止 (timeout)", e);
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new UnreadableDocumentException(Reason.TIMEOUT, null, fileName + "：解析被中断 (interrupted)", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnreadableDocumentException unreadable) {
                throw unreadable;
            }
            throw new UnreadableDocumentException(Reason.CORRUPT, null,
                    fileName + "：文件内容损坏，无法解析 (corrupt content: " + e.getCause() + ")", e.getCause());
        } finally {
            worker.shutdownNow();
        }
    }

    private DisclosureParsed parse(PDDocument document, DocumentRef ref, String fileName)
            throws IOException, UnreadableDocumentException {
        try (document) {
            int pageCount = document.getNumberOfPages();
            List<PageText> pageTexts = new ArrayList<>();
            List<PageText> prose = new ArrayList<>();
            List<Warning> warnings = new ArrayList<>();
            TableAssembler assembler = new TableAssembler(DEFAULT_UNIT);
            PageCollector pageCollector = new PageCollector();
            boolean anyText = false;
            for (int page = 1; page <= pageCount; page++) {
                if (Thread.interrupted()) {
                    throw new UnreadableDocumentException(Reason.TIMEOUT, page, fileName + "：解析超时 (timeout)", null);
                }
                PageContent content = pageCollector.collect(document, page);
                if (content.glyphs().isEmpty()) {
                    warnings.add(new Warning("no_text_layer", "第" + page + "页没有文字层（可能是扫描图片），未能读取", page));
                    continue;
                }
                anyText = true;
                PageLayout layout = PageLayout.of(page, content.glyphs(), content.rulings());
                assembler.add(layout);
                pageTexts.add(new PageText(page, PageLayout.text(content.glyphs())));
                prose.add(new PageText(page, layout.prose()));
            }
            if (!anyText) {
                throw new UnreadableDocumentException(Reason.NO_TEXT_LAYER, 1, fileName
                        + "：文件没有文字层（扫描件），无法读取数字，请提供可复制文字的PDF (no text layer)", null);
            }
            DeclaredAbsence absence = DeclaredAbsence.in(prose);
            List<Table> tables = declaredEmpty(assembler.tables().stream().map(DisclosureReader::shape).toList(),
                    absence);
            warnings.addAll(assembler.warnings());
            warnings.addAll(lowConfidence(tables));
            warnings.addAll(suspect(tables));
            DocumentIdentity identity = DocumentIdentity.read(pageTexts, fileName);
            Map<String, KeyFigure> figures = new KeyFigureExtractor().extract(tables, pageTexts);
            List<String> found = tables.stream().map(Table::type).distinct().toList();
            warnings.addAll(ReferencedTables.missing(prose, found));
            Map<String, Warning> absent = absence.declared(
                    TableTypes.STANDARD.stream().filter(t -> !found.contains(t)).toList());
            // One statement may declare several tables absent (报表另册公开): it is one warning.
            absent.values().stream().distinct().forEach(warnings::add);
            List<String> declaredAbsent = List.copyOf(absent.keySet());
            List<String> missing = TableTypes.STANDARD.stream()
                    .filter(t -> !found.contains(t) && !declaredAbsent.contains(t)).toList();
            return new DisclosureParsed(DisclosureParsed.SCHEMA_VERSION, UUID.randomUUID().toString(),
                    ref.documentId(), PARSER_VERSION, ref.sourceUrl(), identity.department(), identity.year(),
                    identity.kind(), identity.scope(), documentUnit(tables), pageCount, tables, figures,
                    new ClaimExtractor().extract(prose), new Quality(found, missing, declaredAbsent, warnings),
                    Instant.now());
        }
    }

    /**
     * A standard table printed without rows, of funds the document declares it has none of (its table list marks it
     * 不涉及, a sentence says so), is empty, not misread: 西安 prints the 政府性基金收支表 blank and lists it 不涉及.
     */
    private static List<Table> declaredEmpty(List<Table> tables, DeclaredAbsence absence) {
        List<String> blank = tables.stream().filter(DisclosureReader::printedBlank).map(Table::type).distinct().toList();
        Map<String, Warning> declared = absence.declared(blank);
        return tables.stream().map(t -> printedBlank(t) && declared.containsKey(t.type())
                ? t.declaredEmptyBy(declared.get(t.type()).message()) : t).toList();
    }

    private static boolean printedBlank(Table table) {
        return TableTypes.STANDARD.contains(table.type()) && !table.empty() && table.rows().isEmpty();
    }

    /** A standard table with no data rows that is not declared empty was most likely misread. */
    private static List<Warning> lowConfidence(List<Table> tables) {
        return tables.stream().filter(DisclosureReader::printedBlank)
                .map(t -> new Warning("low_confidence", "第" + t.pages().get(0) + "页的《" + t.title()
                        + "》未读出任何数据行，也未声明为空表", t.pages().get(0)))
                .toList();
    }

    /** One warning per table the reader does not stand behind, naming it, its page and why. */
    private static List<Warning> suspect(List<Table> tables) {
        return tables.stream().filter(Table::suspect)
                .map(t -> new Warning(Warning.SUSPECT_TABLE, "第" + t.pages().get(0) + "页的《" + t.title() + "》读取存疑："
                        + String.join("；", t.reading().suspectReasons()), t.pages().get(0)))
                .toList();
    }

    private static Table shape(Table table) {
        return switch (table.type()) {
            case TableTypes.THREE_PUBLIC_EXPENDITURE -> ThreePublicTable.normalise(table);
            case TableTypes.GENERAL_BUDGET_BASIC_EXPENDITURE -> BasicExpenditureTable.normalise(table);
            default -> table;
        };
    }

    /** The unit most standard tables print in. */
    private static String documentUnit(List<Table> tables) {
        long yuan = tables.stream().filter(t -> "元".equals(t.unit())).count();
        return yuan * 2 > tables.size() ? "元" : DEFAULT_UNIT;
    }
}

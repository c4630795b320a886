package io.budgetwatch.parse.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.budgetwatch.events.DisclosureParsed;
import io.budgetwatch.events.KeyFigure;
import io.budgetwatch.events.KeyFigureNames;
import io.budgetwatch.events.Table;
import io.budgetwatch.events.TableReading;
import io.budgetwatch.events.TableTypes;
import io.budgetwatch.events.Warning;
import io.budgetwatch.parse.DisclosureReader;

/**
 * corpus/wide: 40 real disclosures of 17 cities in 11 provinces and one central department, made by WPS, Word,
 * Excel, iText, Aspose and others — layouts the reader was not written against. What the reader must hold on them:
 * every amount printed inside a standard table lands in a cell or its table says it was not read, and the key
 * figures are the ones printed (each value below was found on its page with {@code pdftotext -layout -f N -l N}).
 */
class WideCorpusTest {
    /** What {@code bw audit corpus/wide} reports today; a regression lowers it. */
    private static final int STANDARD_TABLES_TYPED = 278;
    private static final long ACCOUNTED_PER_MILLE = 996;

    static List<String> files() {
        return new String(Corpus.bytes("wide/SOURCES.tsv"), StandardCharsets.UTF_8).lines().skip(1)
                .filter(l -> !l.isBlank()).map(l -> "wide/" + l.split("\t")[0]).sorted().toList();
    }

    @Test
    void amountsPrintedInStandardTablesAreAccountedForOrTheirTableIsSuspect() {
        int printed = 0;
        int accounted = 0;
        int typed = 0;
        for (String file : files()) {
            DisclosureParsed parsed = Corpus.read(file);
            List<Table> standard = parsed.tables().stream().filter(t -> TableTypes.STANDARD.contains(t.type())).toList();
            typed += (int) standard.stream().map(Table::type).distinct().count();
            for (Table table : standard) {
                TableReading reading = table.readingOrUnchecked();
                printed += reading.amountGlyphs();
                accounted += reading.amountGlyphsAccounted();
                if (reading.amountGlyphsAccounted() < reading.amountGlyphs()) {
                    assertTrue(table.suspect(), file + " p" + table.pages() + " " + table.title()
                            + " lost amounts without saying so: " + reading);
                }
            }
            for (Table table : parsed.tables().stream().filter(Table::suspect).toList()) {
                int page = table.pages().get(0);
                assertTrue(parsed.quality().warnings().stream().anyMatch(w -> Warning.SUSPECT_TABLE
                        .equals(w.code()) && w.page() == page && w.message().contains(table.title())),
                        file + ": the suspect " + table.title() + " is named in a warning with its page");
            }
        }
        // 34463 of 34581 (99.66 %) today, above the bar of 99.5 %
        assertTrue(accounted * 1000L >= printed * ACCOUNTED_PER_MILLE, "accounted " + accounted + " of " + printed);
        assertTrue(typed >= STANDARD_TABLES_TYPED, "standard tables typed: " + typed);
    }

    @ParameterizedTest(name = "{0} {1} = {2} {3} (p{4})")
    @CsvSource({
            "wide/bj-002db9ddbafa.pdf, expenditureTotal, 9151.309668, 万元, 2",
            "wide/cc-f8af211e36b1.pdf, expenditureTotal, 1682.76, 万元, 6",
            "wide/cq-bcd5320f71cf.pdf, threePublicTotal, 13.85, 万元, 17",
            "wide/cs-6bdba5824fee.pdf, threePublicTotal, 8.00, 万元, 20",
            "wide/fz-3eeafd201351.pdf, expenditureTotal, 351904.90, 万元, 10",
            "wide/fz-3eeafd201351.pdf, threePublicTotal, 5.00, 万元, 21",
            "wide/gjxfj-b50c5c76deb5.pdf, expenditureTotal, 22066.59, 万元, 7",
            "wide/gjxfj-b50c5c76deb5.pdf, threePublicTotal, 46.21, 万元, 15",
            // 广东 prints its tables without ruling lines: read by white space (StreamGrids)
            "wide/gz-71a122b1547d.pdf, expenditureTotal, 9483.72, 万元, 7",
            "wide/gz-71a122b1547d.pdf, threePublicTotal, 19.86, 万元, 17",
            "wide/gz-71a122b1547d.pdf, basicExpenditure, 8401.67, 万元, 9",
            "wide/gz-8d33b199aa10.pdf, threePublicTotal, 51.75, 万元, 18",
            "wide/huz-8369e431c4ed.pdf, expenditureTotal, 515313.35, 万元, 27",
            "wide/hz-28647feb2ecb.pdf, expenditureTotal, 5876.67, 万元, 15",
            "wide/qz-2f9ff5c85670.pdf, expenditureTotal, 15184.81, 万元, 13",
            "wide/qz-2f9ff5c85670.pdf, threePublicTotal, 312.75, 万元, 22",
            "wide/sh-0c14414ad0ff.pdf, expenditureTotal, 193018000, 元, 7",
            "wide/sh-0c14414ad0ff.pdf, threePublicTotal, 27.00, 万元, 19",
            "wide/suz-46f6c0744764.pdf, expenditureTotal, 64090.74, 万元, 7",
            "wide/sz-3d9914438111.pdf, expenditureTotal, 28283.46, 万元, 18",
            "wide/sz-3d9914438111.pdf, threePublicTotal, 66.00, 万元, 33",
            "wide/wx-8a53f1b91377.pdf, expenditureTotal, 154121.76, 万元, 17",
            "wide/xa-225b0d00e2b8.pdf, threePublicTotal, 29.30, 万元, 49",
            "wide/yt-e19d56efc82c.pdf, expenditureTotal, 3558.35, 万元, 8",
            "wide/yt-e19d56efc82c.pdf, threePublicTotal, 3.40, 万元, 19",
            "wide/zh-f36cf71f812f.pdf, expenditureTotal, 7552.92, 万元, 5",
            "wide/zh-f36cf71f812f.pdf, threePublicTotal, 0.00, 万元, 14"})
    void keyFiguresAreTheOnesPrinted(String file, String figure, String value, String unit, int page) {
        DisclosureParsed parsed = Corpus.read(file);
        KeyFigure key = parsed.keyFigures().get(figure);
        assertNotNull(key, file + " has no " + figure + ": " + parsed.keyFigures().keySet());
        assertEquals(List.of(value, unit, page), List.of(key.value(), key.unit(), key.page()));
        if (figure.equals(KeyFigureNames.EXPENDITURE_TOTAL) && parsed.keyFigures().containsKey(
                KeyFigureNames.INCOME_TOTAL)) {
            // the 收支总表 balances: the same figure printed on its two sides
            assertEquals(0, parsed.keyFigures().get(KeyFigureNames.INCOME_TOTAL).amount().toYuan()
                    .compareTo(key.amount().toYuan()), file + " 收入总计 = 支出总计");
        }
    }
}

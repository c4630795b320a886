package io.budgetwatch.parse.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.budgetwatch.events.DisclosureParsed;
import io.budgetwatch.events.KeyFigure;
import io.budgetwatch.events.KeyFigureNames;

/**
 * Key figures a disclosure does not print as such but prints the parts of, each checked against the PDF with
 * {@code pdftotext -layout -f N -l N}; and where every key figure came from.
 */
class DerivedKeyFiguresTest {

    @ParameterizedTest(name = "{0} {1} = {2} ({4})")
    @CsvSource({
            // p11 财政拨款基本支出预算表 by economic class only: 301 2,928.98 + 303 3,151.74; 302 1,585.96
            "js-renda-2017.pdf, personnelExpenditure, 6080.72, 11, 301 + 303",
            "js-renda-2017.pdf, publicOperatingExpenditure, 1585.96, 11, 302",
            // p15 “三公”经费表: 公务用车购置费 printed blank beside 公务用车运行维护费 183.60 = 小计 183.60
            "js-renda-2018.pdf, threePublicVehiclePurchase, 0, 15, 空白，按 0 计"})
    void aFigureNotPrintedAsSuchIsDerivedFromItsPrintedParts(String file, String name, String value, int page,
            String derivation) {
        KeyFigure figure = Corpus.read(file).keyFigures().get(name);
        assertNotNull(figure, name);
        assertEquals(List.of(value, page, derivation), List.of(figure.value(), figure.page(), figure.derivation()));
    }

    @Test
    void aPrintedFigureSaysWhichRowAndColumnItWasReadFrom() {
        KeyFigure total = Corpus.read("js-renda-2017.pdf").keyFigures().get(KeyFigureNames.THREE_PUBLIC_TOTAL);
        assertNotNull(total);
        assertNull(total.derivation());
        assertEquals(List.of("three_public_expenditure", KeyFigureNames.THREE_PUBLIC_TOTAL, "amount"),
                List.of(total.source(), total.row(), total.column()));
    }

    /** The blank 决算 template prints no number at all: its blank 三公 rows are unfilled, never 0. */
    @Test
    void aBlankTemplateDerivesNothing() {
        DisclosureParsed template = Corpus.read("pt-final-template-2024.pdf");
        assertTrue(template.keyFigures().values().stream().noneMatch(k -> k.derivation() != null),
                template.keyFigures().toString());
    }
}

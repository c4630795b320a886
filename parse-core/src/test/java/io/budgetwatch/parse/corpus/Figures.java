package io.budgetwatch.parse.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import io.budgetwatch.events.DisclosureParsed;
import io.budgetwatch.events.KeyFigure;

/** Assertions on key figures: value as printed, unit, and where it was read. */
final class Figures {
    private Figures() {
    }

    static KeyFigure assertFigure(DisclosureParsed parsed, String name, String value, String unit, String source) {
        KeyFigure figure = parsed.keyFigures().get(name);
        assertNotNull(figure, name + " missing; found " + parsed.keyFigures().keySet());
        assertEquals(value, figure.value(), name);
        assertEquals(unit, figure.unit(), name + " unit");
        assertEquals(source, figure.source(), name + " source");
        return figure;
    }

    /** A 三公 item printed with a blank amount: 0, and the figure says it was derived so. */
    static void assertPrintedBlank(DisclosureParsed parsed, String name) {
        KeyFigure figure = parsed.keyFigures().get(name);
        assertNotNull(figure, name + " is printed blank, so it is 0");
        assertEquals(List.of(0, "空白，按 0 计"), List.of(figure.amount().decimal().signum(), figure.derivation()), name);
    }

    static BigDecimal value(DisclosureParsed parsed, String name) {
        return parsed.keyFigures().get(name).amount().decimal();
    }

    /** {@code total} = Σ {@code parts}, exactly as printed: the cross-check of an expected figure. */
    static void assertSum(DisclosureParsed parsed, String total, String... parts) {
        BigDecimal sum = List.of(parts).stream().map(p -> value(parsed, p)).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, value(parsed, total).compareTo(sum), total + " = Σ " + List.of(parts));
    }

    static void assertBalanced(List<String> imbalances) {
        assertTrue(imbalances.isEmpty(), () -> "printed arithmetic broken after parsing:\n" + String.join("\n", imbalances));
    }
}

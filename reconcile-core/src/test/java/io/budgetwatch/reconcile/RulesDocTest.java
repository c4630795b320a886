package io.budgetwatch.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * docs/RULES.md carries the catalogue exactly as {@link Reconciler#catalogue()} describes it. After changing a rule,
 * regenerate the block with {@code ./mvnw -o -q -pl reconcile-core test -Dtest=RulesDocTest -Drules.write=true}.
 */
class RulesDocTest {
    private static final Path RULES = Path.of("..", "docs", "RULES.md");
    private static final String BEGIN = "<!-- BEGIN CATALOGUE (generated from Reconciler.catalogue()) -->";
    private static final String END = "<!-- END CATALOGUE -->";

    @Test
    void rulesDocumentCarriesTheCatalogue() throws IOException {
        String document = Files.readString(RULES, StandardCharsets.UTF_8);
        int begin = document.indexOf(BEGIN);
        int end = document.indexOf(END);
        assertTrue(begin >= 0 && end > begin, "RULES.md lacks the catalogue markers");
        String expected = render();
        String actual = document.substring(begin + BEGIN.length(), end);
        if (Boolean.getBoolean("rules.write") && !expected.equals(actual)) {
            Files.writeString(RULES, document.substring(0, begin + BEGIN.length()) + expected
                    + document.substring(end), StandardCharsets.UTF_8);
            return;
        }
        assertEquals(expected, actual, "RULES.md is out of date: regenerate with -Drules.write=true");
    }

    private static String render() {
        StringBuilder text = new StringBuilder("\n");
        text.append("| id | category | severity | checks |\n|---|---|---|---|\n");
        for (RuleDescription rule : new Reconciler(RuleSettings.defaults()).catalogue()) {
            text.append("| [").append(rule.id()).append("](#").append(rule.id().toLowerCase(Locale.ROOT))
                    .append(") | ").append(rule.category().wireName()).append(" | ")
                    .append(rule.severity().name().toLowerCase(Locale.ROOT)).append(" | ").append(rule.checks())
                    .append(" |\n");
        }
        for (RuleDescription rule : new Reconciler(RuleSettings.defaults()).catalogue()) {
            text.append("\n### ").append(rule.id()).append("\n\n")
                    .append("*").append(rule.category().wireName()).append(" · ")
                    .append(rule.severity().name().toLowerCase(Locale.ROOT)).append("*\n\n")
                    .append("- **Checks:** ").append(rule.checks()).append('\n')
                    .append("- **Why it matters:** ").append(rule.why()).append('\n')
                    .append("- **Example:** `").append(rule.example()).append("`\n");
        }
        return text.append('\n').toString();
    }
}

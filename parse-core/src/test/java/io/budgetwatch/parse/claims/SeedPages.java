package io.budgetwatch.parse.claims;

import io.budgetwatch.parse.PageText;
import io.budgetwatch.parse.text.CjkText;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads a seed text from {@code src/test/resources/claims} as normalised pages. Seed 000 marks pages the way its
 * research notes (§2-A) describe: a line with a leading space starts a page, and so does the second line after a
 * page-number footer (three blank lines, a bare number, a blank line); its first page is printed page 4. The other
 * seeds carry no page marks in their narrative and are read as one page.
 */
final class SeedPages {
    private SeedPages() {
    }

    static List<PageText> onePage(String resource) {
        return List.of(new PageText(1, CjkText.normalise(read(resource))));
    }

    static List<PageText> markedPages(String resource, int firstPage) {
        String[] lines = read(resource).split("\n", -1);
        List<PageText> pages = new ArrayList<>();
        StringBuilder page = new StringBuilder();
        int footer = -10;
        for (int i = 0; i < lines.length; i++) {
            boolean starts = i > 0 && (lines[i].startsWith(" ") || i == footer + 2);
            if (starts) {
                pages.add(new PageText(firstPage + pages.size(), CjkText.normalise(page.toString())));
                page.setLength(0);
            }
            if (isFooter(lines, i)) {
                footer = i;
            }
            page.append(lines[i]).append('\n');
        }
        pages.add(new PageText(firstPage + pages.size(), CjkText.normalise(page.toString())));
        return pages;
    }

    private static boolean isFooter(String[] lines, int i) {
        return lines[i].matches("\\d+") && i >= 3 && i + 1 < lines.length
                && lines[i - 1].isEmpty() && lines[i - 2].isEmpty() && lines[i - 3].isEmpty() && lines[i + 1].isEmpty();
    }

    private static String read(String resource) {
        try (InputStream in = SeedPages.class.getResourceAsStream("/claims/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource claims/" + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.budgetwatch.parse.pdf;

import java.util.List;

/** What one page draws that the reader uses: its glyphs and its ruling lines, in the same top-down space. */
public record PageContent(List<Glyph> glyphs, List<Ruling> rulings) {
}

package io.budgetwatch.parse.claims;

import io.budgetwatch.parse.PageText;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins the prose of all pages into sentences. Lines are joined without a separator (the layout wraps Chinese
 * text anywhere, even inside a number's unit); a sentence ends at 。！？ (unless the next one is a {@link Continuation}),
 * before a heading or table row, and after a title line (a heading without punctuation, such as
 * {@code 三、机关运行经费安排情况}).
 */
final class SentenceSplitter {
    /** Markdown and list decoration some text producers add in front of a line. */
    private static final Pattern DECORATION = Pattern.compile("^[\\s#>*]*(-\\s+)?");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    List<Sentence> split(List<PageText> pages) {
        Builder builder = new Builder();
        for (PageText page : pages) {
            for (String raw : LINE_BREAK.split(page.text())) {
                String line = DECORATION.matcher(raw).replaceFirst("").strip();
                switch (LineKind.of(line)) {
                    case BLANK, PAGE_NUMBER -> { }
                    case TABLE_ROW -> builder.flush();
                    case HEADING -> {
                        builder.flush();
                        builder.sections.heading(line);
                        builder.append(line, page.page());
                    }
                    case TITLE -> {
                        builder.flush();
                        builder.sections.heading(line);
                        builder.append(line, page.page());
                        builder.flush();
                    }
                    case PROSE -> builder.append(line, page.page());
                }
            }
        }
        builder.flush();
        return builder.sentences;
    }

    /** Accumulates one sentence and the pages it spans. */
    private static final class Builder {
        private final List<Sentence> sentences = new ArrayList<>();
        private final Sections sections = new Sections();
        private final StringBuilder text = new StringBuilder();
        private final List<int[]> pageStarts = new ArrayList<>();
        /** A sentence end was read; the sentence is flushed unless what follows continues it. */
        private boolean ended;

        void append(String line, int page) {
            for (int i = 0; i < line.length(); i++) {
                if (ended && !Character.isWhitespace(line.charAt(i))) {
                    ended = false;
                    if (!Continuation.opens(line.substring(i))) {
                        flush();
                    }
                }
                if (pageStarts.isEmpty() || pageStarts.get(pageStarts.size() - 1)[1] != page) {
                    pageStarts.add(new int[] {text.length(), page});
                }
                char c = line.charAt(i);
                if (i == 0 && needsSpace(c)) {
                    text.append(' ');
                }
                text.append(c);
                if (c == '。' || c == '！' || c == '？') {
                    ended = true;
                }
            }
        }

        /** Latin words wrapped over a line keep their space; Chinese and numbers join directly. */
        private boolean needsSpace(char next) {
            return !text.isEmpty() && Character.isLetter(next) && next < 0x80
                    && Character.isLetter(text.charAt(text.length() - 1)) && text.charAt(text.length() - 1) < 0x80;
        }

        void flush() {
            String sentence = text.toString().strip();
            if (!sentence.isEmpty()) {
                int lead = text.indexOf(sentence);
                int[] starts = new int[pageStarts.size()];
                int[] pages = new int[pageStarts.size()];
                for (int i = 0; i < starts.length; i++) {
                    starts[i] = Math.max(0, pageStarts.get(i)[0] - lead);
                    pages[i] = pageStarts.get(i)[1];
                }
                sentences.add(new Sentence(sentence, starts, pages, sections.current()));
            }
            text.setLength(0);
            pageStarts.clear();
            ended = false;
        }
    }
}

package io.budgetwatch.console.view;

import java.util.List;
import java.util.Locale;

import io.budgetwatch.console.pdf.PageImages.PageSize;
import io.budgetwatch.events.Box;

/**
 * One rendered PDF page with the evidence cells on it highlighted. A highlight is placed in percent of the page,
 * from the cell's box in points over the page's size in points, so it lies on the image at whatever width the
 * browser shows it.
 */
public record PageView(int page, String imageUrl, PageSize size, List<Highlight> highlights) {

    public record Highlight(Box box, String label, String left, String top, String width, String height) {
        static Highlight of(Box box, PageSize size, String label) {
            return new Highlight(box, label, percent(box.x0(), size.width()), percent(box.top(), size.height()),
                    percent(box.x1() - box.x0(), size.width()), percent(box.bottom() - box.top(), size.height()));
        }

        /** {@code x0,top,x1,bottom} in points, as the report has it. */
        public String points() {
            return String.format(Locale.ROOT, "%.2f,%.2f,%.2f,%.2f", box.x0(), box.top(), box.x1(), box.bottom());
        }
    }

    /** CSS {@code aspect-ratio}, so the page keeps its place before the image arrives. */
    public String aspectRatio() {
        return String.format(Locale.ROOT, "%.2f / %.2f", size.width(), size.height());
    }

    private static String percent(float points, float of) {
        return String.format(Locale.ROOT, "%.3f%%", 100f * points / of);
    }
}

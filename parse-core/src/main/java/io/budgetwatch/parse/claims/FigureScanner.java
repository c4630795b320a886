package io.budgetwatch.parse.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds amounts and percentages; a number without a unit (a year, a count, a table cell) is not a figure. */
final class FigureScanner {
    /**
     * A minus sign counts only when it does not follow a digit, so {@code 减少-3.2万元} is negative while the range
     * {@code 30-40万元} is not; grouped thousands ({@code 1,115.85}) are tried before plain digits.
     */
    private static final Pattern FIGURE = Pattern.compile(
            "(?<![\\d.,])((?<!\\d)-)?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?\\s*(万元|亿元|元|%)");

    List<Figure> scan(String text) {
        List<Figure> figures = new ArrayList<>();
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            String sign = m.group(1) == null ? "" : "-";
            String fraction = m.group(3) == null ? "" : m.group(3);
            String value = sign + m.group(2).replace(",", "") + fraction;
            figures.add(new Figure(m.start(), m.end(), value, m.group(4)));
        }
        return figures;
    }
}

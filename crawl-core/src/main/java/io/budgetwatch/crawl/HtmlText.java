package io.budgetwatch.crawl;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Character references in attribute values and link texts ({@code &amp;}, {@code &#20013;}, {@code &#x4e2d;}). */
final class HtmlText {
    private static final Pattern NUMERIC = Pattern.compile("&#(x[0-9a-fA-F]+|\\d+);");

    private HtmlText() {
    }

    static String unescape(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher numeric = NUMERIC.matcher(text);
        StringBuilder out = new StringBuilder();
        while (numeric.find()) {
            String code = numeric.group(1);
            int codePoint = code.startsWith("x") ? Integer.parseInt(code.substring(1), 16) : Integer.parseInt(code);
            numeric.appendReplacement(out, Matcher.quoteReplacement(Character.isValidCodePoint(codePoint)
                    ? new String(Character.toChars(codePoint)) : ""));
        }
        numeric.appendTail(out);
        return out.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&nbsp;", " ").replace("&amp;", "&");
    }
}

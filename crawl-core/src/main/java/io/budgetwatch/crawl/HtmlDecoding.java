package io.budgetwatch.crawl;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The text of an HTML page: charset from Content-Type, else from a meta tag (GBK portals exist), else UTF-8. */
public final class HtmlDecoding {
    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:-]+)");

    private HtmlDecoding() {
    }

    public static String decode(byte[] body, String contentType) {
        Charset charset = charsetIn(contentType)
                .or(() -> charsetIn(new String(body, 0, Math.min(body.length, 4096), StandardCharsets.ISO_8859_1)))
                .orElse(StandardCharsets.UTF_8);
        return new String(body, charset);
    }

    private static Optional<Charset> charsetIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher charset = CHARSET.matcher(text);
        try {
            return charset.find() ? Optional.of(Charset.forName(charset.group(1))) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

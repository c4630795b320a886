package io.budgetwatch.crawl;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** The URL spellings portals use: raw Chinese and spaces in hrefs, percent-encoded UTF-8 names in paths. */
public final class UrlText {
    private static final String HEX = "0123456789ABCDEF";
    private static final String LEGAL = "-._~:/?#[]@!$&'()*+,;=%";

    private UrlText() {
    }

    /** Percent-encodes (as UTF-8) every character a URI may not hold, leaving escapes already there alone. */
    public static String encodeUnsafe(String href) {
        StringBuilder out = new StringBuilder(href.length());
        for (byte b : href.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || LEGAL.indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xf));
            }
        }
        return out.toString();
    }

    /** Decodes %XX (UTF-8) escapes; a malformed escape leaves the text as it was. */
    public static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}

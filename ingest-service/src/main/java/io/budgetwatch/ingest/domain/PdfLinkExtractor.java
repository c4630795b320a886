package io.budgetwatch.ingest.domain;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the PDF links of a portal listing page. Portals link disclosures as plain anchors; a link counts when its
 * path ends in {@code .pdf} (any case, query allowed). Relative links resolve against the page URL; the same URL
 * linked twice is one link.
 */
public final class PdfLinkExtractor {
    private static final Pattern ANCHOR = Pattern.compile(
            "<a\\s[^>]*?href\\s*=\\s*([\"'])(.*?)\\1[^>]*>(.*?)</a>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    public List<PdfLink> extract(String html, URI pageUrl) {
        Map<URI, PdfLink> links = new LinkedHashMap<>();
        Matcher anchor = ANCHOR.matcher(html);
        while (anchor.find()) {
            URI url = resolve(pageUrl, unescape(anchor.group(2).trim()));
            if (url != null && isPdf(url)) {
                String title = unescape(TAG.matcher(anchor.group(3)).replaceAll("")).strip();
                links.putIfAbsent(url, new PdfLink(url, title));
            }
        }
        return new ArrayList<>(links.values());
    }

    private static URI resolve(URI base, String href) {
        try {
            URI url = base.resolve(href.replace(" ", "%20"));
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            return scheme.equals("http") || scheme.equals("https") ? url : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isPdf(URI url) {
        String path = url.getRawPath();
        return path != null && path.toLowerCase(Locale.ROOT).endsWith(".pdf");
    }

    private static String unescape(String text) {
        return text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&nbsp;", " ");
    }
}

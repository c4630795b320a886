package io.budgetwatch.crawl;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the links of a portal page: plain anchors outside scripts and comments (relative ones resolved against the
 * page URL, {@code <base href>} honoured) and the pages a TRS-style {@code createPageHTML(pageCount, current, "index", "html")} call would
 * render as pagination ({@code index_1.html …}). The same URL linked twice is one link, with the first non-empty
 * text; fragments are dropped.
 */
public final class PageLinkExtractor {
    private static final Pattern ANCHOR = Pattern.compile(
            "<a\\s(?:[^>]*?\\s)?href\\s*=\\s*([\"'])(.*?)\\1[^>]*>(.*?)</a>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** Anchors inside scripts are templates ({@code '<a href="…?id=' + obj.id}) and commented-out ones are dead. */
    private static final Pattern SCRIPT_OR_COMMENT = Pattern.compile("<script\\b.*?</script>|<!--.*?-->",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern BASE = Pattern.compile("<base\\s[^>]*?href\\s*=\\s*([\"'])(.*?)\\1",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TRS_PAGER = Pattern.compile(
            "createPageHTML\\(\\s*(\\d+)\\s*,\\s*(\\d+)\\s*,\\s*[\"']([\\w-]+)[\"']\\s*,\\s*[\"'](\\w+)[\"']\\s*\\)");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final int MAX_GENERATED_PAGES = 500;

    private final LinkRules rules;

    public PageLinkExtractor(LinkRules rules) {
        this.rules = rules;
    }

    public List<PageLink> extract(String html, URI pageUrl) {
        URI base = baseOf(html, pageUrl);
        Map<URI, PageLink> links = new LinkedHashMap<>();
        Matcher anchor = ANCHOR.matcher(SCRIPT_OR_COMMENT.matcher(html).replaceAll(" "));
        while (anchor.find()) {
            URI url = resolve(base, HtmlText.unescape(anchor.group(2).trim()));
            if (url == null) {
                continue;
            }
            String text = SPACE.matcher(HtmlText.unescape(TAG.matcher(anchor.group(3)).replaceAll(" "))).replaceAll(" ")
                    .strip();
            rules.classify(url, text).ifPresent(kind -> links.merge(url, new PageLink(url, text, kind),
                    (first, again) -> first.text().isEmpty() ? new PageLink(url, again.text(), first.kind()) : first));
        }
        Matcher pager = TRS_PAGER.matcher(html);
        if (pager.find()) {
            int count = Math.min(Integer.parseInt(pager.group(1)), MAX_GENERATED_PAGES);
            for (int index = 1; index < count; index++) {
                URI url = base.resolve(pager.group(3) + "_" + index + "." + pager.group(4));
                if (rules.allows(url)) {
                    links.putIfAbsent(url, new PageLink(url, "", LinkKind.PAGINATION));
                }
            }
        }
        return new ArrayList<>(links.values());
    }

    private static URI baseOf(String html, URI pageUrl) {
        Matcher base = BASE.matcher(html);
        if (base.find()) {
            URI declared = resolve(pageUrl, HtmlText.unescape(base.group(2).trim()));
            if (declared != null) {
                return declared;
            }
        }
        return pageUrl;
    }

    /** The absolute http(s) URL of {@code href}, without fragment, or null when it is not one. */
    static URI resolve(URI base, String href) {
        if (href.isEmpty() || href.startsWith("#")) {
            return null;
        }
        try {
            URI url = base.resolve(UrlText.encodeUnsafe(href));
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return null;
            }
            String text = url.toString();
            int fragment = text.indexOf('#');
            return fragment < 0 ? url : URI.create(text.substring(0, fragment));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

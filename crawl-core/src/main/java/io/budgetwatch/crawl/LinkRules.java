package io.budgetwatch.crawl;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Classifies the links of a portal page. The default patterns cover the shapes met on the saved real portals:
 * {@code index_N.html} pages and 下一页/next anchors for pagination; {@code .pdf}, office files,
 * {@code /attachment/…}, {@code …/download?…fileName=…} and {@code download.do?id=…} endpoints for attachments;
 * every other link on an allowed host is a page. Images, scripts and style sheets are never followed.
 *
 * @param allowedHosts lower-case host names links may lead to (other hosts are out of the source)
 */
public record LinkRules(Set<String> allowedHosts, Pattern pagination, Pattern paginationText, Pattern attachment,
        Pattern page) {

    public static final String DEFAULT_PAGINATION = "(?i)/index_\\d+\\.(s?html?|jhtml)$";
    public static final String DEFAULT_PAGINATION_TEXT = "(?i)^\\s*(下一页|下页|后一页|next\\b.*|›|»|>)\\s*$";
    public static final String DEFAULT_ATTACHMENT = "(?i)(\\.(pdf|docx?|xlsx?|wps|et|ofd|zip|rar|7z)$"
            + "|/attachment/|/download|[?&]file(name|url)=|attachmentcontroller)";
    /** Everything that is not a resource of the page itself. */
    public static final String DEFAULT_PAGE = "(?i)^(?!.*\\.(jpe?g|png|gif|bmp|svg|ico|webp|css|js|mp4|mp3|swf|flv)$).*";

    private static final Pattern SKIPPED_SCHEMES = Pattern.compile("(?i)^(javascript|mailto|tel|data):.*");

    public static LinkRules of(Set<String> allowedHosts, Optional<String> pagination, Optional<String> attachment,
            Optional<String> page) {
        return new LinkRules(allowedHosts, Pattern.compile(pagination.orElse(DEFAULT_PAGINATION)),
                Pattern.compile(DEFAULT_PAGINATION_TEXT), Pattern.compile(attachment.orElse(DEFAULT_ATTACHMENT)),
                Pattern.compile(page.orElse(DEFAULT_PAGE)));
    }

    /** The kind of {@code url} linked with {@code text}, or empty when the crawler ignores it. */
    public Optional<LinkKind> classify(URI url, String text) {
        if (SKIPPED_SCHEMES.matcher(url.toString()).matches() || url.getHost() == null) {
            return Optional.empty();
        }
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        boolean attachmentShape = (attachment.matcher(path).find() || attachment.matcher(pathAndQuery(url)).find())
                && !isResource(path);
        // Attachments on other hosts are still recorded (as out of scope), so an operator sees what was missed.
        if (attachmentShape) {
            return Optional.of(LinkKind.ATTACHMENT);
        }
        if (!allowedHosts.contains(url.getHost().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        if (pagination.matcher(path).find() || paginationText.matcher(text).matches()) {
            return Optional.of(LinkKind.PAGINATION);
        }
        return page.matcher(path).matches()
                ? Optional.of(LinkKind.PAGE) : Optional.empty();
    }

    public boolean allows(URI url) {
        return url.getHost() != null && allowedHosts.contains(url.getHost().toLowerCase(Locale.ROOT));
    }

    private static boolean isResource(String rawPath) {
        return rawPath.toLowerCase(Locale.ROOT).matches(".*\\.(jpe?g|png|gif|bmp|svg|webp)$");
    }

    private static String pathAndQuery(URI url) {
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        return url.getRawQuery() == null ? path : path + "?" + url.getRawQuery();
    }
}

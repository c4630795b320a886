package io.budgetwatch.crawl;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of an attached file: from {@code Content-Disposition} (RFC 6266: {@code filename*} with RFC 8187
 * encoding wins over {@code filename}), else the {@code fileName} query parameter of a download endpoint, else the
 * last path segment. Names are percent-decoded, as Chinese portals send them escaped or as raw UTF-8 bytes.
 */
public final class FileNames {
    private static final Pattern PARAMETER = Pattern.compile(
            ";\\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)\\s*=\\s*(\"((?:[^\"\\\\]|\\\\.)*)\"|[^;\\s]*)");
    private static final Pattern EXTENDED = Pattern.compile("([^']*)'[^']*'(.*)");
    private static final Pattern QUERY_NAME = Pattern.compile("(?i)(?:^|&)file_?name=([^&]*)");
    private static final Pattern SKIPPED = Pattern.compile("(?i).*\\.(docx?|xlsx?|wps|et|ofd|zip|rar|7z|pptx?|txt)$");

    private FileNames() {
    }

    /** The file name a {@code Content-Disposition} header gives, if any. */
    public static Optional<String> fromContentDisposition(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String plain = null;
        String extended = null;
        Matcher parameter = PARAMETER.matcher(";" + header.substring(Math.max(header.indexOf(';'), 0)));
        while (parameter.find()) {
            String name = parameter.group(1).toLowerCase(Locale.ROOT);
            String value = parameter.group(3) != null ? parameter.group(3).replaceAll("\\\\(.)", "$1")
                    : parameter.group(2);
            if (name.equals("filename*")) {
                extended = decodeExtended(value);
            } else if (name.equals("filename")) {
                plain = UrlText.decode(reinterpretAsUtf8(value));
            }
        }
        return Optional.ofNullable(extended != null ? extended : plain).map(FileNames::baseName)
                .filter(n -> !n.isBlank());
    }

    /** The name a URL suggests: a {@code fileName} query parameter, else the last path segment. */
    public static String fromUrl(URI url) {
        if (url.getRawQuery() != null) {
            Matcher query = QUERY_NAME.matcher(url.getRawQuery());
            if (query.find() && !query.group(1).isEmpty()) {
                return baseName(UrlText.decode(query.group(1)));
            }
        }
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        return UrlText.decode(path.substring(path.lastIndexOf('/') + 1));
    }

    /** Office files and archives beside the PDF: recorded, not downloaded. */
    public static boolean isSkippedType(String fileName) {
        return SKIPPED.matcher(fileName).matches();
    }

    private static String decodeExtended(String value) {
        Matcher extended = EXTENDED.matcher(value);
        if (!extended.matches()) {
            return null;
        }
        try {
            Charset charset = Charset.forName(extended.group(1).isEmpty() ? "UTF-8" : extended.group(1));
            return java.net.URLDecoder.decode(extended.group(2).replace("+", "%2B"), charset);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** HTTP header bytes arrive as ISO-8859-1 characters; a raw UTF-8 name is decoded back when it is valid UTF-8. */
    private static String reinterpretAsUtf8(String value) {
        if (value.chars().allMatch(c -> c < 0x80) || value.chars().anyMatch(c -> c > 0xff)) {
            return value;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(value.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException e) {
            return value;
        }
    }

    private static String baseName(String name) {
        String trimmed = name.strip();
        int slash = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
        return trimmed.substring(slash + 1);
    }
}

package io.budgetwatch.notify.domain;

import java.util.regex.Pattern;

/**
 * Takes credentials out of text that may quote a receiver's URL (an HTTP client's error names the request it was
 * sending): robot and webhook URLs carry access tokens in their query or path, sometimes user and password. What
 * remains names the host, enough to tell which receiver failed and why.
 */
public final class Secrets {
    /** {@code scheme://[user:password@]host[:port]} then the path, query and fragment. */
    private static final Pattern URL = Pattern.compile(
            "(?i)\\b([a-z][a-z0-9+.-]*://)(?:[^@/\\s?#]*@)?([^/\\s?#\"'<>]+)[^\\s\"'<>]*");
    /** A request line, {@code POST /robot/send?access_token=…}. */
    private static final Pattern REQUEST = Pattern.compile("\\b(GET|POST|PUT|PATCH|DELETE|HEAD) /[^\\s\"'<>]*");
    static final String MASK = "/***";

    private Secrets() {
    }

    public static String redact(String text) {
        if (text == null) {
            return null;
        }
        String urls = URL.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                m.group(1) + m.group(2) + (m.end() > m.end(2) ? MASK : "")));
        return REQUEST.matcher(urls).replaceAll("$1 " + java.util.regex.Matcher.quoteReplacement(MASK));
    }
}

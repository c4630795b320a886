package io.budgetwatch.notify.domain;

import java.util.Optional;

/**
 * Where notifications link to. {@code externalUrl} is this service (Alertmanager's {@code externalURL}); with a
 * console configured an alert links to its finding there ({@code consoleUrl/findings/{fingerprint}}: the finding
 * beside its PDF page), otherwise to this service's JSON ({@code externalUrl/api/alerts/{fingerprint}}).
 */
public record AlertLinks(String externalUrl, Optional<String> consoleUrl) {
    public AlertLinks {
        externalUrl = withoutTrailingSlash(externalUrl);
        consoleUrl = consoleUrl.map(String::trim).filter(u -> !u.isEmpty()).map(AlertLinks::withoutTrailingSlash);
    }

    /** Links to this service only, as before the console existed. */
    public static AlertLinks serviceOnly(String externalUrl) {
        return new AlertLinks(externalUrl, Optional.empty());
    }

    /** The page a notification names for {@code fingerprint}: the console's finding, or the alert's JSON. */
    public String alert(String fingerprint) {
        return consoleUrl.map(console -> console + "/findings/" + fingerprint)
                .orElse(externalUrl + "/api/alerts/" + fingerprint);
    }

    /** The console's finding page, only when a console is configured (chat messages had no link before it). */
    public Optional<String> console(String fingerprint) {
        return consoleUrl.map(console -> console + "/findings/" + fingerprint);
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}

package io.budgetwatch.console.auth;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Who may write through the console (create and expire silences): {@code identity:key} entries. Signing in with a
 * key yields a session token, {@code identity.signature} with the signature an HMAC-SHA256 of the identity under
 * that identity's key, so the cookie never holds the key and a changed key ends its sessions.
 */
public final class Operators {
    private final Map<String, String> keyByIdentity = new LinkedHashMap<>();

    /** {@code entries} as configured; entries without both an identity and a key are refused. */
    public Operators(List<String> entries) {
        for (String entry : entries) {
            String trimmed = entry.trim();
            int colon = trimmed.indexOf(':');
            if (colon <= 0 || colon == trimmed.length() - 1) {
                throw new IllegalArgumentException("a console key is identity:key, not '" + trimmed + "'");
            }
            keyByIdentity.put(trimmed.substring(0, colon), trimmed.substring(colon + 1));
        }
    }

    public boolean any() {
        return !keyByIdentity.isEmpty();
    }

    /** The session token for {@code key}, when it is one of the configured keys. */
    public Optional<String> signIn(String key) {
        if (key == null) {
            return Optional.empty();
        }
        return keyByIdentity.entrySet().stream().filter(e -> same(e.getValue(), key.trim())).findFirst()
                .map(e -> e.getKey() + "." + signature(e.getKey(), e.getValue()));
    }

    /** The identity a session token stands for, when it is valid. */
    public Optional<String> identity(String token) {
        if (token == null || token.lastIndexOf('.') <= 0) {
            return Optional.empty();
        }
        String identity = token.substring(0, token.lastIndexOf('.'));
        String key = keyByIdentity.get(identity);
        return key != null && same(token, identity + "." + signature(identity, key)) ? Optional.of(identity)
                : Optional.empty();
    }

    private static String signature(String identity, String key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(identity.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Constant-time comparison: how much of a key matched must not show in the time taken. */
    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}

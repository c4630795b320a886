package io.budgetwatch.notify.domain;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The signatures chat robots require when their "signed" security setting is on. */
public final class ChatSigning {
    private ChatSigning() {
    }

    /** DingTalk custom robot: base64(HmacSHA256(key = secret, data = timestamp + "\n" + secret)), ms timestamp. */
    public static String dingTalkSign(String secret, long timestampMillis) {
        return base64(hmacSha256(secret.getBytes(StandardCharsets.UTF_8),
                (timestampMillis + "\n" + secret).getBytes(StandardCharsets.UTF_8)));
    }

    /** The robot URL with {@code timestamp} and the URL-encoded {@code sign} appended. */
    public static String dingTalkSignedUrl(String url, String secret, long timestampMillis) {
        String sign = URLEncoder.encode(dingTalkSign(secret, timestampMillis), StandardCharsets.UTF_8);
        return url + (url.contains("?") ? "&" : "?") + "timestamp=" + timestampMillis + "&sign=" + sign;
    }

    /** Feishu custom bot: base64(HmacSHA256(key = timestamp + "\n" + secret, data = empty)), s timestamp. */
    public static String feishuSign(String secret, long timestampSeconds) {
        return base64(hmacSha256((timestampSeconds + "\n" + secret).getBytes(StandardCharsets.UTF_8), new byte[0]));
    }

    private static byte[] hmacSha256(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}

package io.budgetwatch.notify.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

/** The expected signatures are computed here with javax.crypto, following each vendor's documented recipe. */
class ChatSigningTest {
    private static final String SECRET = "SECa1b2c3d4e5f6+/=中文";

    private static String hmacBase64(String key, String data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void dingTalkSignsTimestampNewlineSecretWithTheSecret() throws Exception {
        long timestamp = 1_700_000_000_123L;
        String expected = hmacBase64(SECRET, timestamp + "\n" + SECRET);
        assertEquals(expected, ChatSigning.dingTalkSign(SECRET, timestamp));
        assertNotEquals(expected, ChatSigning.dingTalkSign(SECRET, timestamp + 1));
    }

    @Test
    void dingTalkUrlCarriesTimestampAndUrlEncodedSign() throws Exception {
        long timestamp = 1_577_836_800_000L;
        String url = "https://oapi.dingtalk.com/robot/send?access_token=abc";
        String sign = URLEncoder.encode(hmacBase64(SECRET, timestamp + "\n" + SECRET), StandardCharsets.UTF_8);
        assertEquals(url + "&timestamp=" + timestamp + "&sign=" + sign,
                ChatSigning.dingTalkSignedUrl(url, SECRET, timestamp));
        assertEquals("https://example.test/send?timestamp=" + timestamp + "&sign=" + sign,
                ChatSigning.dingTalkSignedUrl("https://example.test/send", SECRET, timestamp));
    }

    @Test
    void fixedVectorsComputedWithOpenssl() {
        // printf '1700000000000\nsecret' | openssl dgst -sha256 -hmac secret -binary | base64
        assertEquals("OuzzJR5+xZ4/EYwqtNt6sMYZQMTa/HEGvc9miJe7XzY=",
                ChatSigning.dingTalkSign("secret", 1_700_000_000_000L));
        // printf '' | openssl dgst -sha256 -hmac $'1700000000\nsecret' -binary | base64
        assertEquals("fiWS2+gh28DOydAv7hzONH/mDn9+b1Y4Y5ivXWXy8vA=", ChatSigning.feishuSign("secret", 1_700_000_000L));
    }

    @Test
    void feishuSignsAnEmptyMessageWithTimestampNewlineSecretAsTheKey() throws Exception {
        long timestamp = 1_700_000_000L;
        String expected = hmacBase64(timestamp + "\n" + SECRET, "");
        assertEquals(expected, ChatSigning.feishuSign(SECRET, timestamp));
        assertNotEquals(hmacBase64(SECRET, timestamp + "\n" + SECRET), ChatSigning.feishuSign(SECRET, timestamp),
                "the key and data are the other way round from DingTalk");
    }
}

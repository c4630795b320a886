package io.budgetwatch.notify.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SecretsTest {
    @Test
    void aTimedOutRequestKeepsItsHostAndLosesItsPathAndQuery() {
        assertEquals("io.vertx.core.http.impl.NoStackTraceTimeoutException: The timeout period of 2000ms has been "
                + "exceeded while executing POST /*** for server oapi.dingtalk.com:443",
                Secrets.redact("io.vertx.core.http.impl.NoStackTraceTimeoutException: The timeout period of 2000ms "
                        + "has been exceeded while executing POST /robot/send?access_token=abc123 for server "
                        + "oapi.dingtalk.com:443"));
    }

    @Test
    void urlsLoseTheirCredentialsPathAndQuery() {
        assertEquals("failed: https://open.feishu.cn/*** (403)",
                Secrets.redact("failed: https://open.feishu.cn/open-apis/bot/v2/hook/0f1e2d3c (403)"));
        assertEquals("http://hooks.example:8080/*** refused",
                Secrets.redact("http://user:pa55@hooks.example:8080/alerts?key=k refused"));
        assertEquals("see http://hooks.example", Secrets.redact("see http://hooks.example"));
        assertEquals("HTTP 500", Secrets.redact("HTTP 500"));
        assertEquals("io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: /127.0.0.1:1",
                Secrets.redact("io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: "
                        + "/127.0.0.1:1"));
        assertNull(Secrets.redact(null));
    }
}

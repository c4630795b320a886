package io.budgetwatch.notify.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "budgetwatch.notify")
public interface NotifyConfig {
    /** Lowest severity that alerts (critical, warning, info). */
    @WithDefault("warning")
    String minSeverity();

    /** Categories that alert (balance, three_public, …); all when unset. */
    Optional<List<String>> categories();

    /** This service's external URL, for links in notifications. */
    @WithDefault("http://localhost:8093")
    String externalUrl();

    Webhook webhook();

    /** DingTalk custom robot; none when {@code url} is unset. Retries as {@code webhook.*}. */
    Chat dingtalk();

    /** WeCom group robot; none when {@code url} is unset ({@code secret} is not used). */
    Chat wecom();

    /** Feishu custom bot; none when {@code url} is unset. */
    Chat feishu();

    @WithDefault("/budgetwatch/notify-service")
    String eventSource();

    interface Webhook {
        /** Alertmanager-v4 webhook receivers (comma-separated URLs); none when unset. */
        Optional<List<String>> urls();

        /** Attempts per notification, with exponential back-off, before it is recorded as failed. */
        @WithDefault("4")
        int maxAttempts();

        @WithDefault("PT10S")
        Duration timeout();

        @WithDefault("PT0.5S")
        Duration initialBackoff();
    }

    interface Chat {
        /** The robot's webhook URL, with its access token. */
        Optional<String> url();

        /** The signing secret, when the robot's "加签" security setting is on. */
        Optional<String> secret();
    }
}

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

    /**
     * The console's URL: when set, notifications link to the finding's page there ({@code /findings/{fingerprint}})
     * instead of this service's JSON.
     */
    Optional<String> consoleUrl();

    /**
     * API keys for the write endpoints (silences), {@code identity:key} each, comma-separated; the identity is
     * recorded as the creator. Without any, writes are refused.
     */
    Optional<List<String>> apiKeys();

    /**
     * A YAML file with the routing tree (Alertmanager's {@code route:} block); without it every alert goes to
     * every receiver, grouped per department, year and document.
     */
    Optional<String> routes();

    Webhook webhook();

    Mail mail();

    Outbox outbox();

    RateLimit rateLimit();

    /** Per-receiver rate limits; the chat robots accept about 20 messages a minute. */
    interface RateLimit {
        /** {@code receiver=count} entries, comma-separated; receivers not listed are not limited. */
        @WithDefault("dingtalk=20,wecom=20,feishu=20")
        List<String> perWindow();

        @WithDefault("PT1M")
        Duration window();

        /**
         * The most groups one merged message lists, when a robot near its limit is sent its waiting groups at
         * once (the batch stage).
         */
        @WithDefault("20")
        int mergeMaxGroups();
    }

    /** DingTalk custom robot; none when {@code url} is unset. Times out as {@code webhook.timeout}. */
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

        /** How long one attempt at any HTTP receiver may take. */
        @WithDefault("PT10S")
        Duration timeout();
    }

    /** The durable outbox every notification goes through, and its sender. */
    interface Outbox {
        /** Wait after the first failed attempt; each further failure multiplies it by {@code multiplier}. */
        @WithDefault("PT5S")
        Duration initialBackoff();

        @WithDefault("2")
        double multiplier();

        /** Longest wait between attempts: a receiver down for hours is still tried this often. */
        @WithDefault("PT1H")
        Duration maxBackoff();

        /** A notification still failing this long after it was queued is given up (recorded as expired). */
        @WithDefault("P1D")
        Duration maxAge();

        /** How often the sender looks for due rows when it found none the last time. */
        @WithDefault("PT1S")
        Duration pollInterval();

        /**
         * How long a claimed row is reserved for the sender attempting it; must exceed {@code webhook.timeout}.
         * A sender killed mid-attempt leaves the row to be tried again once its lease ends.
         */
        @WithDefault("PT1M")
        Duration lease();

        /** Rows claimed per round (at most one per receiver, so a receiver's notifications stay in order). */
        @WithDefault("50")
        int batchSize();
    }

    /** The e-mail receiver, over SMTP as {@code quarkus.mailer.*} configures it; none when {@code to} is unset. */
    interface Mail {
        /** Recipients, comma-separated. */
        Optional<List<String>> to();
    }

    interface Chat {
        /** The robot's webhook URL, with its access token. */
        Optional<String> url();

        /** The signing secret, when the robot's "加签" security setting is on. */
        Optional<String> secret();
    }
}

package io.budgetwatch.console.view;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import io.budgetwatch.events.DisclosureKind;
import io.budgetwatch.events.Severity;

/** The console's Chinese words for the contracts' values, and how times are shown (China Standard Time). */
public final class Labels {
    /** Disclosures and the teams reading them are in China: times and silence end dates are in its zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

    private Labels() {
    }

    public static String severity(Severity severity) {
        return switch (severity) {
            case CRITICAL -> "严重";
            case WARNING -> "警告";
            case INFO -> "提示";
        };
    }

    public static String kind(DisclosureKind kind) {
        return kind == null ? "未注明" : switch (kind) {
            case BUDGET -> "预算";
            case FINAL_ACCOUNT -> "决算";
        };
    }

    /** An alert-history event ({@code firing}, {@code delivered}, …) as the team says it. */
    public static String historyEvent(String event) {
        return switch (event) {
            case "firing" -> "开始告警";
            case "refired" -> "再次告警";
            case "resolved" -> "已恢复";
            case "silenced" -> "被屏蔽";
            case "inhibited" -> "被抑制";
            case "delivered" -> "已送达";
            case "failed" -> "发送失败";
            case "expired" -> "放弃发送";
            default -> event;
        };
    }

    public static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }
}

package io.budgetwatch.notify.domain;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.budgetwatch.events.AlertStatus;
import io.budgetwatch.events.Severity;

/**
 * The Chinese text chat robots post for one group (department + document) of alert changes, or for several groups
 * merged into one message (the batch stage, or a route grouping by region): then the title counts the departments'
 * years and the markdown heads each one's alerts.
 */
public final class ChatMessages {
    private ChatMessages() {
    }

    /**
     * A one-line title, e.g. "【预算公开告警】石家庄市科学技术局 2023年度 2 条", or "【预算公开告警】5 个部门年度 12 条" for
     * the alerts of several departments or years.
     */
    public static String title(List<AlertChange> group) {
        long sections = sections(group);
        return "【" + (anyFiring(group) ? "预算公开告警" : "告警已恢复") + "】"
                + (sections == 1 ? section(group.get(0)) : sections + " 个部门年度") + " " + group.size() + " 条";
    }

    private static long sections(List<AlertChange> group) {
        return group.stream().map(ChatMessages::section).distinct().count();
    }

    /** Whose alerts these are: "石家庄市科学技术局 2023年度". */
    private static String section(AlertChange change) {
        return change.department() + " " + change.year() + "年度";
    }

    /** Markdown for DingTalk and WeCom; each alert links to its finding when a console is configured. */
    public static String markdown(List<AlertChange> group, AlertLinks links) {
        return markdown(group, links, Integer.MAX_VALUE);
    }

    /**
     * The markdown in at most {@code maxBytes} of UTF-8 (WeCom refuses a longer message, and a refused message would
     * be retried until it is dropped): whole alerts in order while they fit, then a line counting the ones left out,
     * which the console and the alert history still show.
     */
    public static String markdown(List<AlertChange> group, AlertLinks links, int maxBytes) {
        StringBuilder text = new StringBuilder("### ").append(title(group)).append("\n");
        int used = bytes(text);
        boolean sections = sections(group) > 1;
        String previous = null;
        for (int i = 0; i < group.size(); i++) {
            AlertChange c = group.get(i);
            StringBuilder alert = new StringBuilder();
            if (sections && !section(c).equals(previous)) {
                alert.append("\n#### ").append(section(c)).append("\n");
            }
            alert.append("\n---\n\n")
                    .append("- **状态**：").append(status(c.status())).append("\n")
                    .append("- **部门**：").append(c.department()).append("\n")
                    .append("- **年度**：").append(c.year()).append("年\n")
                    .append("- **规则**：").append(c.ruleId()).append("（").append(c.category()).append("）\n")
                    .append("- **级别**：").append(severity(c.severity())).append("\n")
                    .append(where("- **出处**：", c, "\n"))
                    .append("- **问题**：").append(c.message()).append("\n");
            links.console(c.fingerprint()).ifPresent(url -> alert.append("- **详情**：[在控制台查看](").append(url)
                    .append(")\n"));
            int alertBytes = bytes(alert);
            int room = i + 1 < group.size() ? bytes(leftOut(group.size() - i - 1)) : 0;
            if (used + alertBytes + room > maxBytes) {
                return text.append(leftOut(group.size() - i)).toString();
            }
            text.append(alert);
            used += alertBytes;
            previous = section(c);
        }
        return text.toString();
    }

    private static String leftOut(int alerts) {
        return "\n---\n\n另有 " + alerts + " 条告警未列出（消息长度所限），请在控制台或告警历史查看。\n";
    }

    private static int bytes(CharSequence text) {
        return text.toString().getBytes(StandardCharsets.UTF_8).length;
    }

    /** Plain text for Feishu's text messages (and the e-mail's), without links. */
    public static String text(List<AlertChange> group) {
        StringBuilder text = new StringBuilder(title(group));
        for (AlertChange c : group) {
            text.append("\n\n[").append(status(c.status())).append("] ").append(c.department()).append(" ")
                    .append(c.year()).append("年\n规则：").append(c.ruleId()).append("（").append(c.category())
                    .append("）\n级别：").append(severity(c.severity())).append(where("\n出处：", c, ""))
                    .append("\n问题：").append(c.message());
        }
        return text.toString();
    }

    /** One "详情" line per alert linking to its finding in the console; nothing without a console. */
    public static String consoleLinks(List<AlertChange> group, AlertLinks links) {
        StringBuilder text = new StringBuilder();
        group.forEach(c -> links.console(c.fingerprint())
                .ifPresent(url -> text.append("\n详情（").append(c.ruleId()).append("）：").append(url)));
        return text.toString();
    }

    /** The alert's evidence between {@code prefix} and {@code suffix}; nothing when it has none. */
    private static String where(String prefix, AlertChange change, String suffix) {
        return change.evidence() == null ? "" : prefix + change.evidence() + suffix;
    }

    public static String status(AlertStatus status) {
        return status == AlertStatus.RESOLVED ? "已恢复" : "告警中";
    }

    public static String severity(Severity severity) {
        return switch (severity) {
            case CRITICAL -> "严重";
            case WARNING -> "警告";
            case INFO -> "提示";
        };
    }

    private static boolean anyFiring(List<AlertChange> group) {
        return group.stream().anyMatch(c -> c.status() == AlertStatus.FIRING);
    }
}

package io.budgetwatch.notify.domain;

import java.util.List;

/** The Chinese e-mail for one group of alert changes: subject, plain text and HTML, each alert with its link. */
public final class MailMessages {
    private MailMessages() {
    }

    /** The chat title, e.g. "【预算公开告警】石家庄市科学技术局 2023年度 2 条". */
    public static String subject(List<AlertChange> group) {
        return ChatMessages.title(group);
    }

    public static String text(List<AlertChange> group, AlertLinks links) {
        StringBuilder text = new StringBuilder(ChatMessages.text(group)).append("\n");
        group.forEach(c -> text.append("\n详情（").append(c.ruleId()).append("）：")
                .append(links.alert(c.fingerprint())));
        return text.append("\n").toString();
    }

    public static String html(List<AlertChange> group, AlertLinks links) {
        StringBuilder html = new StringBuilder("<html><body><h3>").append(escape(subject(group)))
                .append("</h3><table border=\"1\" cellpadding=\"4\" cellspacing=\"0\"><tr><th>状态</th><th>部门</th>"
                        + "<th>年度</th><th>规则</th><th>级别</th><th>问题</th><th>出处</th><th>详情</th></tr>");
        for (AlertChange c : group) {
            html.append("<tr><td>").append(ChatMessages.status(c.status())).append("</td><td>")
                    .append(escape(c.department())).append("</td><td>").append(c.year()).append("年</td><td>")
                    .append(escape(c.ruleId())).append("（").append(escape(c.category())).append("）</td><td>")
                    .append(ChatMessages.severity(c.severity())).append("</td><td>").append(escape(c.message()))
                    .append("</td><td>").append(escape(c.evidence()))
                    .append("</td><td><a href=\"")
                    .append(escape(links.alert(c.fingerprint())))
                    .append("\">查看</a></td></tr>");
        }
        return html.append("</table></body></html>").toString();
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}

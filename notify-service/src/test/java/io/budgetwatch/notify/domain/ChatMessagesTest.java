package io.budgetwatch.notify.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.budgetwatch.events.AlertStatus;
import io.budgetwatch.events.Severity;

class ChatMessagesTest {
    private static final AlertLinks NO_CONSOLE = AlertLinks.serviceOnly("http://notify:8093");

    private static AlertChange change(AlertStatus status, Severity severity) {
        return new AlertChange("fp", status, "key", "石家庄市科学技术局", "河北省石家庄市", 2023, "doc", null, "3P-TOTAL",
                "three_public", severity, "合计 12.50 万元 ≠ 各项之和 12.00 万元",
                "财政拨款“三公”经费支出表 第25页 行 “三公”经费合计 列 金额", Instant.EPOCH, null);
    }

    @Test
    void firingMessagesNameDepartmentYearRuleSeverityAndTheFinding() {
        List<AlertChange> group = List.of(change(AlertStatus.FIRING, Severity.CRITICAL));
        for (String text : List.of(ChatMessages.markdown(group, NO_CONSOLE), ChatMessages.text(group))) {
            for (String part : List.of("石家庄市科学技术局", "2023年", "3P-TOTAL", "严重", "告警中", "合计 12.50 万元")) {
                assertTrue(text.contains(part), part + " in " + text);
            }
        }
        assertTrue(ChatMessages.title(group).contains("告警"));
        assertTrue(ChatMessages.markdown(group, NO_CONSOLE).contains("- **出处**：财政拨款“三公”经费支出表 第25页 行 “三公”经费合计 列 金额\n"));
        assertTrue(ChatMessages.text(group).contains("\n出处：财政拨款“三公”经费支出表 第25页"));
    }

    @Test
    void aMessageOfSeveralDepartmentsCountsThemAndHeadsEachOnesAlerts() {
        AlertChange other = new AlertChange("fp2", AlertStatus.FIRING, "key2", "保定市财政局", "河北省保定市", 2023, "doc2", null,
                "BAL-003", "balance", Severity.WARNING, "收支不平", null, Instant.EPOCH, null);
        List<AlertChange> merged = List.of(change(AlertStatus.FIRING, Severity.CRITICAL), other);
        assertEquals("【预算公开告警】2 个部门年度 2 条", ChatMessages.title(merged));
        String markdown = ChatMessages.markdown(merged, NO_CONSOLE);
        assertTrue(markdown.indexOf("#### 石家庄市科学技术局 2023年度") < markdown.indexOf("#### 保定市财政局 2023年度"),
                markdown);
        assertFalse(ChatMessages.markdown(List.of(other), NO_CONSOLE).contains("####"), "one department needs no heading");
    }

    /** WeCom refuses markdown over 4096 bytes: twenty alerts of a busy department must still go through. */
    @Test
    void aMessageKeptWithinItsByteLimitListsWholeAlertsAndCountsTheRest() {
        List<AlertChange> group = java.util.stream.IntStream.range(0, 20).mapToObj(i -> new AlertChange("fp" + i,
                AlertStatus.FIRING, "key", "石家庄市科学技术局", "河北省石家庄市", 2023, "doc", null, "TXT-00" + (i % 5),
                "narrative", Severity.CRITICAL, "情况说明：支出总计 " + i + "00.00 万元 ≠ 收支总表 支出总计 " + i
                        + "10.00 万元，差额 10.00 万元，超出容差 0.01 万元（第6、17页）",
                "收支总表 第6页 行 支出总计 列 金额；“2026年预算支出" + i + "00.00万元，其中基本支出预算…”", Instant.EPOCH,
                null)).toList();

        String markdown = ChatMessages.markdown(group, NO_CONSOLE, 4096);

        assertTrue(markdown.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 4096,
                markdown.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + " bytes");
        long listed = markdown.lines().filter(l -> l.startsWith("- **问题**")).count();
        assertTrue(listed > 0 && listed < 20, listed + " alerts listed");
        assertTrue(markdown.contains("另有 " + (20 - listed) + " 条告警未列出"), markdown);
        assertTrue(markdown.contains("支出总计 000.00 万元"), "the first alerts, in order");
        assertEquals(ChatMessages.markdown(group, NO_CONSOLE), ChatMessages.markdown(group, NO_CONSOLE, Integer.MAX_VALUE));
        assertFalse(ChatMessages.markdown(group, NO_CONSOLE).contains("未列出"), "no limit, nothing left out");
    }

    @Test
    void resolvedMessagesSaySo() {
        List<AlertChange> group = List.of(change(AlertStatus.RESOLVED, Severity.WARNING));
        assertTrue(ChatMessages.title(group).contains("已恢复"));
        assertTrue(ChatMessages.text(group).contains("已恢复"));
        assertTrue(ChatMessages.markdown(group, NO_CONSOLE).contains("警告"));
    }

    @Test
    void withAConsoleEachAlertLinksToItsFindingAndWithoutOneNoLinkIsAdded() {
        List<AlertChange> group = List.of(change(AlertStatus.FIRING, Severity.CRITICAL));
        AlertLinks console = new AlertLinks("http://notify:8093", Optional.of("http://console:8094/"));
        assertTrue(ChatMessages.markdown(group, console).contains("(http://console:8094/findings/fp)"),
                ChatMessages.markdown(group, console));
        assertTrue(ChatMessages.consoleLinks(group, console).contains("http://console:8094/findings/fp"));
        assertFalse(ChatMessages.markdown(group, NO_CONSOLE).contains("http"), "no link without a console");
        assertEquals("", ChatMessages.consoleLinks(group, NO_CONSOLE));
    }
}

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
        return new AlertChange("fp", status, "key", "石家庄市科学技术局", "河北省石家庄市", 2023, "doc", "3P-TOTAL",
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
        AlertChange other = new AlertChange("fp2", AlertStatus.FIRING, "key2", "保定市财政局", "河北省保定市", 2023, "doc2",
                "BAL-003", "balance", Severity.WARNING, "收支不平", null, Instant.EPOCH, null);
        List<AlertChange> merged = List.of(change(AlertStatus.FIRING, Severity.CRITICAL), other);
        assertEquals("【预算公开告警】2 个部门年度 2 条", ChatMessages.title(merged));
        String markdown = ChatMessages.markdown(merged, NO_CONSOLE);
        assertTrue(markdown.indexOf("#### 石家庄市科学技术局 2023年度") < markdown.indexOf("#### 保定市财政局 2023年度"),
                markdown);
        assertFalse(ChatMessages.markdown(List.of(other), NO_CONSOLE).contains("####"), "one department needs no heading");
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

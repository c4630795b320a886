package io.budgetwatch.parse.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.budgetwatch.parse.PageText;

/** Who published a file and for which year, where the file has no cover to say it. */
class DocumentIdentityTest {

    @Test
    void aTablesOnlyFileIsNamedByItsPerformanceTableAndItsYearUnderThatTitle() {
        DocumentIdentity identity = DocumentIdentity.read(List.of(
                new PageText(1, "预算01表 收支总表\n金额单位：万元\n一、一般公共预算拨款收入 17,921.443777"),
                new PageText(30, "预算13表 部门整体支出绩效目标表\n（2026年度）\n\n部门名称             北京市气象局\n"
                        + "财政拨款 其他资金")), "bj-309f72dffb43.pdf");

        assertEquals("北京市气象局", identity.department().name());
        assertEquals(2026, identity.year());
    }

    @Test
    void theCellReadsAsTheReaderJoinsIt() {
        DocumentIdentity identity = DocumentIdentity.read(List.of(new PageText(17,
                "预算13表部门整体支出绩效目标表\n2026(年度)\n部门名称中共北京市委军民融合发展委员会办公室\n财政拨款其他资金")),
                "bj-002db9ddbafa.pdf");

        assertEquals("中共北京市委军民融合发展委员会办公室", identity.department().name());
        assertEquals(2026, identity.year());
    }
}

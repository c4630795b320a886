package io.budgetwatch.parse.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.budgetwatch.events.TableTypes;
import io.budgetwatch.events.Warning;
import io.budgetwatch.parse.PageText;

/** A table not printed is told apart from a table misread only by what the document itself says. */
class DeclaredAbsenceTest {
    private static final List<String> FUND_TABLES = List.of(TableTypes.GOVERNMENT_FUND_EXPENDITURE,
            TableTypes.STATE_CAPITAL_EXPENDITURE);

    @Test
    void aSentenceStatingNoSuchFundsDeclaresItsTableAbsent() {
        Map<String, Warning> absent = DeclaredAbsence.of(List.of(new PageText(11,
                "八、政府性基金预算支出情况说明\n本部门无当年政府性基金预算收支，并已公开空表。\n"
                        + "九、国有资本经营预算拨款收支情况说明\n一般公共预算拨款1200.00万元。")), FUND_TABLES);

        assertEquals(List.of(TableTypes.GOVERNMENT_FUND_EXPENDITURE), List.copyOf(absent.keySet()),
                "国有资本经营 is named, but nothing says the department has none");
        Warning warning = absent.get(TableTypes.GOVERNMENT_FUND_EXPENDITURE);
        assertEquals(Warning.TABLE_DECLARED_ABSENT, warning.code());
        assertEquals(11, warning.page());
        assertTrue(warning.message().contains("本部门无当年政府性基金预算收支"), warning.message());
    }

    @Test
    void aZeroStatedForTheFundsDeclaresItsTableAbsent() {
        Map<String, Warning> absent = DeclaredAbsence.of(List.of(new PageText(3,
                "国有资本经营预算拨款收入为0万元；政府性基金预算拨款收入为0.5万元。")), FUND_TABLES);

        assertEquals(List.of(TableTypes.STATE_CAPITAL_EXPENDITURE), List.copyOf(absent.keySet()),
                "0.5 is no zero");
    }

    @Test
    void aTableListRunningOnToTheNextPageDeclaresWhatItDoesNotName() {
        List<PageText> prose = List.of(
                new PageText(1, "目录\n一、收支总表\n二、收入总表\n三、支出总表\n四、财政拨款收支总表\n五、一般公共预算支出表"),
                new PageText(2, "六、政府性基金预算支出表 是 不涉及\n七、财政拨款“三公”经费支出表\n"),
                new PageText(5, "国有资本经营预算支出表\n科目编码 科目名称 合计"));

        Map<String, Warning> absent = DeclaredAbsence.of(prose, List.of(TableTypes.GENERAL_BUDGET_BASIC_EXPENDITURE,
                TableTypes.GOVERNMENT_FUND_EXPENDITURE, TableTypes.THREE_PUBLIC_EXPENDITURE));

        assertEquals(List.of(TableTypes.GENERAL_BUDGET_BASIC_EXPENDITURE, TableTypes.GOVERNMENT_FUND_EXPENDITURE),
                List.copyOf(absent.keySet()), "the 三公 table is listed on page 2: missing, not declared absent");
        assertTrue(absent.get(TableTypes.GENERAL_BUDGET_BASIC_EXPENDITURE).message().contains("报表目录未列"));
        assertTrue(absent.get(TableTypes.GOVERNMENT_FUND_EXPENDITURE).message().contains("不涉及"));
        assertEquals(2, absent.get(TableTypes.GOVERNMENT_FUND_EXPENDITURE).page());
    }

    @Test
    void titlesOfPrintedTablesOneToAPageAreNoTableList() {
        List<PageText> prose = List.of(new PageText(8, "2026年部门收支总体情况表\n单位：万元"),
                new PageText(9, "2026年部门收入总体情况表"), new PageText(10, "2026年部门支出总体情况表"),
                new PageText(11, "2026年财政拨款收支总体情况表"), new PageText(12, "2026年一般公共预算支出情况表"));

        assertTrue(DeclaredAbsence.of(prose, FUND_TABLES).isEmpty());
    }

    @Test
    void aTextHalfNamingItsTablesAsAnAttachmentDeclaresThemAllInOneWarning() {
        List<PageText> text = List.of(new PageText(7, "第二部分 2026年度部门预算报表\n"
                + "附件：北京市经济和信息化局部门 2026 年度部门预算\n报表"));

        Map<String, Warning> absent = DeclaredAbsence.of(text, TableTypes.STANDARD);

        assertEquals(TableTypes.STANDARD, List.copyOf(absent.keySet()));
        assertEquals(1, absent.values().stream().distinct().count(), "one statement, one warning");
        Warning warning = absent.get(TableTypes.INCOME_SUMMARY);
        assertEquals(7, warning.page());
        assertTrue(warning.message().contains("附件：北京市经济和信息化局部门2026年度部门预算报表"), warning.message());
    }

    @Test
    void anAttachmentNamedByADocumentThatPrintsTablesDeclaresNothing() {
        List<PageText> text = List.of(new PageText(3, "2019年部门预算公开表附后。"));

        assertEquals(TableTypes.STANDARD, List.copyOf(DeclaredAbsence.of(text, TableTypes.STANDARD).keySet()),
                "江苏's text half prints none of its tables");
        assertEquals(Map.of(), DeclaredAbsence.of(text, List.of(TableTypes.INCOME_SUMMARY)),
                "a document with tables of its own misses the ones it does not print");
    }
}

package io.budgetwatch.notify.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.budgetwatch.events.Evidence;

class EvidenceTextTest {
    @Test
    void aCellIsNamedByItsChineseTablePageRowAndColumn() {
        assertEquals(Optional.of("财政拨款“三公”经费支出表 第25页 行 “三公”经费合计 列 金额"), EvidenceText.of(List.of(
                new Evidence("three_public_expenditure", 25, "threePublicTotal", "amount", null))));
        assertEquals(Optional.of("一般公共预算财政拨款支出表 第7页 行 2080501 列 合计"), EvidenceText.of(List.of(
                new Evidence("general_budget_expenditure", 7, "2080501", "total", null))));
    }

    @Test
    void aLongSentenceIsCutAndOnlyTheFirstPlacesAreListed() {
        String sentence = "二〇二三年一般公共预算财政拨款支出预算较上年增加一百二十万元，主要原因是新增信息化建设项目及人员增加等因素";
        Evidence narrative = new Evidence(null, 3, null, null, sentence);
        assertEquals(Optional.of("第3页 “" + sentence.substring(0, EvidenceText.MAX_SENTENCE) + "…”"),
                EvidenceText.of(List.of(narrative)));

        Evidence cell = new Evidence("income_summary", 4, null, "total", null);
        String text = EvidenceText.of(List.of(cell, cell, cell, cell, cell)).orElseThrow();
        assertEquals("收入总表 第4页 列 合计；收入总表 第4页 列 合计；收入总表 第4页 列 合计 等 5 处", text);
    }

    @Test
    void noPlaceIsNoEvidence() {
        assertEquals(Optional.empty(), EvidenceText.of(null));
        assertEquals(Optional.empty(), EvidenceText.of(List.of()));
        assertEquals(Optional.empty(), EvidenceText.of(Collections.singletonList(new Evidence(null, null, " ", null, ""))));
    }
}

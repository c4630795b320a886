package io.budgetwatch.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class EventJsonTest {

    @Test
    void amountsKeepTheirPrintedPrecisionAndCellsAreAmountOrText() throws Exception {
        Row row = new Row("2060101", "行政运行", 3, "20601", RowRole.ITEM, null,
                Map.of("total", Cell.of(new Amount("1700.00", "万元")), "note", Cell.text("空表列示")), 12);
        JsonNode json = EventJson.mapper().readTree(EventJson.write(row));
        assertEquals("1700.00", json.get("cells").get("total").get("value").asText());
        assertEquals("万元", json.get("cells").get("total").get("unit").asText());
        assertTrue(json.get("cells").get("note").isTextual());
        Row back = EventJson.read(EventJson.write(row), Row.class);
        assertEquals(row, back);
        assertEquals(2, back.amount("total").decimals(), "the printed precision drives the tolerance");
        assertEquals(new BigDecimal("17000000.00"), back.amount("total").toYuan());
    }

    @Test
    void cellsCarryTheirBoxAsX0TopX1Bottom() throws Exception {
        Box box = new Box(310.5f, 402.25f, 388f, 418.75f);
        Row row = new Row(null, "本年收入合计", 0, null, RowRole.CURRENT_TOTAL, Row.INCOME_SIDE,
                Map.of("amount", Cell.of(new Amount("13649.07", "万元")).at(box),
                        "note", Cell.text("空表").at(new Box(1f, 2f, 3f, 4f))), 4);
        JsonNode json = EventJson.mapper().readTree(EventJson.write(row));
        JsonNode amount = json.get("cells").get("amount");
        assertEquals("13649.07", amount.get("value").asText());
        assertEquals(List.of(310.5, 402.25, 388.0, 418.75),
                List.of(amount.get("box").get(0).asDouble(), amount.get("box").get(1).asDouble(),
                        amount.get("box").get(2).asDouble(), amount.get("box").get(3).asDouble()));
        assertEquals("空表", json.get("cells").get("note").get("text").asText());
        assertEquals("current_total", json.get("role").asText());
        assertFalse(json.has("subset"), "the role says it");
        assertEquals(row, EventJson.read(EventJson.write(row), Row.class));
    }

    @Test
    void aVersion2RowReadsWithItsSubsetFlagAsTheRoleAndNoBoxes() {
        String json = """
                {"code":null,"name":"其中：教学科研人员因公出国(境)费","level":0,"parentCode":null,"subset":true,
                 "side":null,"cells":{"amount":{"value":"4.00","unit":"万元"},"note":"无"},"page":25}""";
        Row subset = EventJson.read(json, Row.class);
        assertEquals(RowRole.SUBSET, subset.role());
        assertTrue(subset.subset());
        assertEquals(new Amount("4.00", "万元"), subset.amount("amount"));
        assertEquals(null, subset.cell("amount").box());
        assertEquals("无", subset.cell("note").text());
        Row plain = EventJson.read(json.replace("\"subset\":true", "\"subset\":false"), Row.class);
        assertEquals(null, plain.role(), "untyped: the consumer types it");
        assertFalse(plain.subset());
    }

    @Test
    void findingNumbersAreDecimalStringsAndEnumsUseTheContractSpelling() throws Exception {
        Finding finding = new Finding("BAL-001", "balance", Severity.CRITICAL, "收入总计 ≠ 支出总计",
                new BigDecimal("14695500.00"), new BigDecimal("14696500.00"), new BigDecimal("1000.00"),
                new BigDecimal("50.00"), List.of(new Evidence("income_expenditure_summary", 4, null, "amount", null)),
                "f".repeat(64));
        Department department = new Department("石家庄市 科学技术局", "306", "河北省石家庄市");
        ReconciliationReport report = new ReconciliationReport(1, "e", "d", department.key(), department, 2023,
                DisclosureKind.FINAL_ACCOUNT, "r1", List.of(finding), List.of(), new Stats(1, 0, 1, 0),
                Instant.parse("2026-01-01T00:00:00Z"));

        JsonNode json = EventJson.mapper().readTree(EventJson.write(report));
        assertEquals("14695500.00", json.get("findings").get(0).get("expected").textValue(),
                "a string, so no consumer rounds money through a double");
        assertEquals("critical", json.get("findings").get(0).get("severity").asText());
        assertEquals("final_account", json.get("kind").asText());
        assertEquals("2026-01-01T00:00:00Z", json.get("checkedAt").asText());
        assertEquals(report, EventJson.read(EventJson.write(report), ReconciliationReport.class));
        assertEquals("河北省石家庄市/石家庄市科学技术局#306", department.key(), "spaces do not split one department");
    }

    @Test
    void unknownPropertiesFromANewerProducerAreIgnored() {
        String json = "{\"schemaVersion\":2,\"eventId\":\"x\",\"documentId\":\"d\",\"sha256\":\"d\",\"newField\":1}";
        assertEquals("d", EventJson.read(json, DocumentDiscovered.class).documentId());
    }

    @Test
    void aDocumentDiscoveredOfBeforeTheCrawlContextReadsWithNoSiblings() {
        String json = "{\"schemaVersion\":1,\"eventId\":\"x\",\"documentId\":\"d\",\"sha256\":\"d\"}";
        DocumentDiscovered event = EventJson.read(json, DocumentDiscovered.class);
        assertEquals(java.util.List.of(), event.siblings());
        assertEquals(null, event.pageUrl());
    }
}

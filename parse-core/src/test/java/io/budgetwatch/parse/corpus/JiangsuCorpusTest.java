package io.budgetwatch.parse.corpus;

import static io.budgetwatch.parse.corpus.Arithmetic.ordinalRowsAddUp;
import static io.budgetwatch.parse.corpus.Arithmetic.parentsEqualChildren;
import static io.budgetwatch.parse.corpus.Arithmetic.totalRowEqualsClasses;
import static io.budgetwatch.parse.corpus.Figures.assertBalanced;
import static io.budgetwatch.parse.corpus.Figures.assertFigure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.budgetwatch.events.Claim;
import io.budgetwatch.events.ColumnKeys;
import io.budgetwatch.events.DisclosureKind;
import io.budgetwatch.events.DisclosureParsed;
import io.budgetwatch.events.KeyFigureNames;
import io.budgetwatch.events.Row;
import io.budgetwatch.events.Table;
import io.budgetwatch.events.TableTypes;

/**
 * Every 江苏 disclosure of the corpus. Expected figures were read off each PDF (pdftotext -layout) and each is
 * cross-checked by arithmetic on the page: 收入合计 = 基本 + 项目 + 单位预留机动经费 (支出预算总表), “三公” 合计 =
 * 出国 + 公务用车 + 接待; a text PDF's stated figures against its own tables PDF, and 人员 + 公用 against the 合计 of
 * the basic-expenditure table there.
 */
class JiangsuCorpusTest {
    private static final String WAN = "万元";
    private static final String RENDA = "江苏省人大常委会办公厅";
    private static final String ZHENGXIE = "江苏省政协办公厅";
    /** Printed 中国共产党江苏省委员会办公厅 (2017 tables), 中共江苏省委办公厅 (2018/2019 tables), 江苏省委办公厅 (texts). */
    private static final String SWBGT = "中共江苏省委办公厅";

    /** A PDF carrying the 公开表: what its 收支总表, 支出总表 and “三公” table print. */
    record Tables(String file, String department, int year, String income, String generalBudget, String basic,
            String project, String reserve, String threePublic, String overseas, String vehicle, String reception) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Tables> tables() {
        return Stream.of(
                new Tables("js-renda-2017.pdf", RENDA, 2017, "13649.07", "13649.07", "7666.68", "5853.96", "128.43",
                        "833.60", "222.50", "183.60", "427.50"),
                new Tables("js-renda-2018.pdf", RENDA, 2018, "15897.44", "15897.44", "7877.76", "6333.96", "1685.72",
                        "833.60", "222.50", "183.60", "427.50"),
                new Tables("js-renda-2019-tables.pdf", RENDA, 2019, "18330.37", "18330.37", "9312.90", "6459.58",
                        "2557.89", "767.60", "199.25", "183.60", "384.75"),
                new Tables("js-swbgt-2017-tables.pdf", SWBGT, 2017, "20849.45", "20702.25", "9964.07",
                        "10688.66", "196.72", "509.20", "70.00", "411.20", "28.00"),
                new Tables("js-swbgt-2018-tables.pdf", SWBGT, 2018, "24458.43", "24458.43", "10403.11",
                        "12081.46", "1973.86", "508.20", "70.00", "411.20", "27.00"),
                new Tables("js-swbgt-2019-tables.pdf", SWBGT, 2019, "27664.22", "27664.22", "11700.63",
                        "13025.38", "2938.21", "508.20", "70.00", "411.20", "27.00"),
                new Tables("js-zxbgt-2017-tables.pdf", ZHENGXIE, 2017, "9146.79", "9066.79", "5916.27", "3123.68",
                        "106.84", "676.10", "76.00", "156.60", "443.50"),
                new Tables("js-zxbgt-2018-tables.pdf", ZHENGXIE, 2018, "10150.48", "10070.48", "5678.17", "3314.68",
                        "1157.63", "675.10", "106.00", "156.60", "412.50"),
                new Tables("js-zxbgt-2019-tables.pdf", ZHENGXIE, 2019, "13377.11", "13297.11", "6522.75", "4968.34",
                        "1886.02", "660.10", "106.00", "156.60", "397.50"));
    }

    @ParameterizedTest
    @MethodSource("tables")
    void identityAndTables(Tables expected) {
        DisclosureParsed parsed = Corpus.read(expected.file());
        assertEquals(expected.department(), parsed.department().name());
        assertEquals("江苏省", parsed.department().region());
        assertEquals(expected.year(), parsed.year());
        assertEquals(DisclosureKind.BUDGET, parsed.kind());
        // 江苏 publishes no 国有资本经营预算 table in these years (most files' table lists say so by omitting it);
        // 公开05/06表 count as the 财政拨款 tables.
        assertEquals(List.of(TableTypes.STATE_CAPITAL_EXPENDITURE), Corpus.notPrinted(parsed));
    }

    @ParameterizedTest
    @MethodSource("tables")
    void appropriationSourcesAreNumberedUnderFiscalAppropriation(Tables expected) {
        // 收支预算总表: 一、财政拨款 / 1.一般公共预算 / 2.政府性基金预算 — the 1./2. rows make up the 一、 row.
        List<Row> income = Corpus.table(expected.file(), TableTypes.INCOME_EXPENDITURE_SUMMARY).rows().stream()
                .filter(r -> Row.INCOME_SIDE.equals(r.side())).toList();
        Row appropriation = income.stream().filter(r -> r.name().startsWith("一、财政拨款")).findFirst().orElseThrow();
        Row general = income.stream().filter(r -> r.name().replace(" ", "").equals("1.一般公共预算")).findFirst()
                .orElseThrow();
        Row fund = income.stream().filter(r -> r.name().replace(" ", "").equals("2.政府性基金预算")).findFirst()
                .orElseThrow();
        assertEquals(1, appropriation.level(), "一、 is the outermost ordinal");
        assertEquals(3, general.level(), "1. is two depths further in (（一） would be between)");
        assertEquals(3, fund.level());
        assertEquals(expected.generalBudget(), general.amount(ColumnKeys.AMOUNT).value());
    }

    @ParameterizedTest
    @MethodSource("tables")
    void keyFiguresAgreeWithEachOther(Tables expected) {
        DisclosureParsed parsed = Corpus.read(expected.file());
        String summary = TableTypes.INCOME_EXPENDITURE_SUMMARY;
        assertFigure(parsed, KeyFigureNames.INCOME_TOTAL, expected.income(), WAN, summary);
        assertFigure(parsed, KeyFigureNames.EXPENDITURE_TOTAL, expected.income(), WAN, summary);
        assertFigure(parsed, KeyFigureNames.GENERAL_BUDGET_APPROPRIATION, expected.generalBudget(), WAN, summary);
        assertFigure(parsed, KeyFigureNames.BASIC_EXPENDITURE, expected.basic(), WAN, TableTypes.EXPENDITURE_SUMMARY);
        assertFigure(parsed, KeyFigureNames.PROJECT_EXPENDITURE, expected.project(), WAN, TableTypes.EXPENDITURE_SUMMARY);
        String three = TableTypes.THREE_PUBLIC_EXPENDITURE;
        assertFigure(parsed, KeyFigureNames.THREE_PUBLIC_TOTAL, expected.threePublic(), WAN, three);
        assertFigure(parsed, KeyFigureNames.THREE_PUBLIC_OVERSEAS, expected.overseas(), WAN, three);
        assertFigure(parsed, KeyFigureNames.THREE_PUBLIC_VEHICLE_TOTAL, expected.vehicle(), WAN, three);
        assertFigure(parsed, KeyFigureNames.THREE_PUBLIC_RECEPTION, expected.reception(), WAN, three);

        Row reserve = Corpus.table(expected.file(), TableTypes.EXPENDITURE_SUMMARY).rows().get(0);
        assertEquals(expected.reserve(), reserve.amount("c4").value(), "单位预留机动经费");
        assertEquals(sum(expected.basic(), expected.project(), expected.reserve()), new BigDecimal(expected.income()),
                "收入合计 = 基本 + 项目 + 单位预留机动经费");
        assertEquals(sum(expected.overseas(), expected.vehicle(), expected.reception()),
                new BigDecimal(expected.threePublic()), "“三公” = 出国 + 公务用车 + 接待");
    }

    @ParameterizedTest
    @MethodSource("tables")
    void printedArithmeticStillHoldsAfterParsing(Tables expected) {
        Table summary = Corpus.table(expected.file(), TableTypes.INCOME_EXPENDITURE_SUMMARY);
        // Each half adds up on its own; the 支出用途 half is kept apart from the 功能分类 half.
        assertBalanced(ordinalRowsAddUp(summary, Row.INCOME_SIDE, "当年收入小计", Row.INCOME_SIDE));
        assertBalanced(ordinalRowsAddUp(summary, Row.EXPENDITURE_SIDE, "当年支出小计", Row.EXPENDITURE_SIDE));
        assertBalanced(ordinalRowsAddUp(summary, Row.EXPENDITURE_SIDE, "当年支出小计", Row.EXPENDITURE_ECONOMIC_SIDE));
        for (String type : List.of(TableTypes.GENERAL_BUDGET_EXPENDITURE, TableTypes.GENERAL_BUDGET_BASIC_EXPENDITURE)) {
            Table table = Corpus.table(expected.file(), type);
            assertBalanced(parentsEqualChildren(table, ColumnKeys.AMOUNT));
            assertBalanced(totalRowEqualsClasses(table, "合计", ColumnKeys.AMOUNT));
        }
    }

    /** A text-only PDF: what its 情况说明 states, checked against the tables PDF published with it. */
    record Text(String file, String tablesFile, String department, int year, String personnel,
            String publicOperating, String organOperatingCosts) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Text> texts() {
        return Stream.of(
                new Text("js-renda-2019.pdf", "js-renda-2019-tables.pdf", RENDA, 2019, "7670.82", "1642.08", "1642.08"),
                new Text("js-swbgt-2017.pdf", "js-swbgt-2017-tables.pdf", SWBGT, 2017, "7819.47", "2144.60",
                        "10101.76"),
                new Text("js-swbgt-2018.pdf", "js-swbgt-2018-tables.pdf", SWBGT, 2018, "8308.53", "2094.58",
                        "2094.58"),
                new Text("js-swbgt-2019.pdf", "js-swbgt-2019-tables.pdf", SWBGT, 2019, "9467.72", "2232.91",
                        "2232.91"),
                new Text("js-zxbgt-2017.pdf", "js-zxbgt-2017-tables.pdf", ZHENGXIE, 2017, "4704.35", "1131.92", "3348.98"),
                new Text("js-zxbgt-2018.pdf", "js-zxbgt-2018-tables.pdf", ZHENGXIE, 2018, "4482.32", "1115.85", "1115.85"),
                new Text("js-zxbgt-2019.pdf", "js-zxbgt-2019-tables.pdf", ZHENGXIE, 2019, "5312.01", "1130.74",
                        "1130.74"));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void textOnlyDisclosureIsIdentifiedAndReportsItsTablesMissing(Text expected) {
        DisclosureParsed parsed = Corpus.read(expected.file());
        assertEquals(expected.department(), parsed.department().name());
        assertEquals("江苏省", parsed.department().region());
        assertEquals(expected.year(), parsed.year());
        assertEquals(DisclosureKind.BUDGET, parsed.kind());
        assertEquals(TableTypes.STANDARD, Corpus.notPrinted(parsed), "its tables are in the other file");
    }

    @ParameterizedTest
    @MethodSource("texts")
    void statedFiguresMatchTheTablesPublishedWithTheText(Text expected) {
        DisclosureParsed text = Corpus.read(expected.file());
        DisclosureParsed tables = Corpus.read(expected.tablesFile());
        for (String topic : List.of(KeyFigureNames.INCOME_TOTAL, KeyFigureNames.BASIC_EXPENDITURE,
                KeyFigureNames.PROJECT_EXPENDITURE, KeyFigureNames.THREE_PUBLIC_OVERSEAS,
                KeyFigureNames.THREE_PUBLIC_VEHICLE_TOTAL, KeyFigureNames.THREE_PUBLIC_RECEPTION)) {
            assertEquals(0, stated(text, topic).compareTo(tables.keyFigures().get(topic).amount().decimal()), topic);
        }
        assertEquals(new BigDecimal(expected.personnel()), stated(text, KeyFigureNames.PERSONNEL_EXPENDITURE));
        assertEquals(new BigDecimal(expected.publicOperating()),
                stated(text, KeyFigureNames.PUBLIC_OPERATING_EXPENDITURE));
        assertEquals(new BigDecimal(expected.organOperatingCosts()), stated(text, KeyFigureNames.ORGAN_OPERATING_COSTS));
        assertFigure(tables, KeyFigureNames.ORGAN_OPERATING_COSTS, expected.organOperatingCosts(), WAN,
                TableTypes.OPERATING_COSTS);
        // 人员经费 + 公用经费 = the 合计 of the 一般公共预算 basic-expenditure table printed in the tables PDF.
        Row total = Corpus.row(lastOfType(tables, TableTypes.GENERAL_BUDGET_BASIC_EXPENDITURE), null, "合计");
        assertEquals(0, sum(expected.personnel(), expected.publicOperating())
                .compareTo(total.amount(ColumnKeys.AMOUNT).decimal()), "人员 + 公用 = 基本支出表 合计");
    }

    /** The current-year value the text states first for {@code topic} (reference figures of earlier years aside). */
    private static BigDecimal stated(DisclosureParsed parsed, String topic) {
        Claim claim = parsed.claims().stream()
                .filter(c -> c.topic().equals(topic) && c.value() != null && !c.subject().matches("^20\\d\\d.*"))
                .findFirst().orElse(null);
        assertNotNull(claim, "no stated " + topic);
        return new BigDecimal(claim.value());
    }

    /** 江苏 prints the 财政拨款 table (公开06表) before the 一般公共预算 one (公开08表). */
    private static Table lastOfType(DisclosureParsed parsed, String type) {
        List<Table> tables = parsed.tables().stream().filter(t -> t.type().equals(type)).toList();
        return tables.get(tables.size() - 1);
    }

    private static BigDecimal sum(String... values) {
        return Stream.of(values).map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

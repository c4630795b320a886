package io.budgetwatch.reconcile.document;

import static io.budgetwatch.events.KeyFigureNames.BASIC_EXPENDITURE;
import static io.budgetwatch.events.KeyFigureNames.CARRYOVER_INCOME;
import static io.budgetwatch.events.KeyFigureNames.CURRENT_YEAR_INCOME;
import static io.budgetwatch.events.KeyFigureNames.EXPENDITURE_TOTAL;
import static io.budgetwatch.events.KeyFigureNames.GENERAL_BUDGET_APPROPRIATION;
import static io.budgetwatch.events.KeyFigureNames.GOVERNMENT_FUND_APPROPRIATION;
import static io.budgetwatch.events.KeyFigureNames.INCOME_TOTAL;
import static io.budgetwatch.events.KeyFigureNames.ORGAN_OPERATING_COSTS;
import static io.budgetwatch.events.KeyFigureNames.PERSONNEL_EXPENDITURE;
import static io.budgetwatch.events.KeyFigureNames.PROJECT_EXPENDITURE;
import static io.budgetwatch.events.KeyFigureNames.PUBLIC_OPERATING_EXPENDITURE;
import static io.budgetwatch.events.KeyFigureNames.THREE_PUBLIC_OVERSEAS;
import static io.budgetwatch.events.KeyFigureNames.THREE_PUBLIC_RECEPTION;
import static io.budgetwatch.events.KeyFigureNames.THREE_PUBLIC_TOTAL;
import static io.budgetwatch.events.KeyFigureNames.THREE_PUBLIC_VEHICLE_OPERATION;
import static io.budgetwatch.events.KeyFigureNames.THREE_PUBLIC_VEHICLE_PURCHASE;
import static io.budgetwatch.events.KeyFigureNames.THREE_PUBLIC_VEHICLE_TOTAL;

import io.budgetwatch.events.Claim;
import io.budgetwatch.events.ColumnKeys;
import io.budgetwatch.events.Evidence;
import io.budgetwatch.events.KeyFigure;
import io.budgetwatch.events.Row;
import io.budgetwatch.events.TableTypes;
import io.budgetwatch.reconcile.Ordered;
import io.budgetwatch.reconcile.tolerance.Tolerance;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Where each key figure is printed in the standard tables, and how key figures compose (基本 = 人员 + 公用, 三公 =
 * 出国 + 车 + 接待 …). Used to check the text against the tables and this year against last year.
 */
public final class Figures {
    /** Total → its parts, as the explanatory text and the tables both state them. */
    public static final Map<String, List<String>> COMPOSITIONS = Ordered.map(
            Map.entry(EXPENDITURE_TOTAL, List.of(BASIC_EXPENDITURE, PROJECT_EXPENDITURE)),
            Map.entry(BASIC_EXPENDITURE, List.of(PERSONNEL_EXPENDITURE, PUBLIC_OPERATING_EXPENDITURE)),
            Map.entry(INCOME_TOTAL, List.of(CURRENT_YEAR_INCOME, CARRYOVER_INCOME)),
            Map.entry(THREE_PUBLIC_TOTAL, List.of(THREE_PUBLIC_OVERSEAS, THREE_PUBLIC_VEHICLE_TOTAL,
                    THREE_PUBLIC_RECEPTION)),
            Map.entry(THREE_PUBLIC_VEHICLE_TOTAL, List.of(THREE_PUBLIC_VEHICLE_PURCHASE,
                    THREE_PUBLIC_VEHICLE_OPERATION)));

    /**
     * Totals the text may split into more parts than {@link #COMPOSITIONS} names, so the named parts bound them from
     * below only: 支出总计 also holds 单位预留机动经费 (江苏), 经营支出 and 对附属单位补助支出; the text states 人员经费
     * and 公用经费 for the 财政拨款 基本支出, while its 基本支出 covers every fund (江苏省政协办公厅 2017: 5916.27 万元 of
     * which 其他资金 80 万元, 人员 4704.35 + 公用 1131.92 = 财政拨款基本支出 5836.27).
     */
    public static final Set<String> OPEN_COMPOSITIONS = Set.of(EXPENDITURE_TOTAL, BASIC_EXPENDITURE);

    /** The “三公” items, top-down. */
    public static final List<String> THREE_PUBLIC = List.of(THREE_PUBLIC_TOTAL, THREE_PUBLIC_OVERSEAS,
            THREE_PUBLIC_VEHICLE_TOTAL, THREE_PUBLIC_VEHICLE_PURCHASE, THREE_PUBLIC_VEHICLE_OPERATION,
            THREE_PUBLIC_RECEPTION);

    /** Figures a share (占…%) in the text is a share of. */
    public static final Map<String, String> SHARE_OF = Map.of(
            BASIC_EXPENDITURE, EXPENDITURE_TOTAL, PROJECT_EXPENDITURE, EXPENDITURE_TOTAL,
            GENERAL_BUDGET_APPROPRIATION, INCOME_TOTAL, GOVERNMENT_FUND_APPROPRIATION, INCOME_TOTAL,
            CURRENT_YEAR_INCOME, INCOME_TOTAL, CARRYOVER_INCOME, INCOME_TOTAL);

    /** How the 一般公共预算 income item starts in every template (一、一般公共预算拨款收入 / 一般公共预算拨款). */
    public static final List<String> GENERAL_BUDGET_PREFIXES = List.of("一般公共预算");
    private static final Pattern CURRENT_YEAR_ONLY = Pattern.compile("^(本年|当年)");
    private static final List<String> GOVERNMENT_FUND_PREFIXES = List.of("政府性基金", "政府基金");

    private final DocumentView doc;

    public Figures(DocumentView doc) {
        this.doc = doc;
    }

    /**
     * The table figure of a key figure: the first standard table that prints it, else a table-sourced key figure
     * printed as such. A derived one (人员经费 = 301 + 303) is never compared: provinces draw the line between 人员
     * and 公用 inside the classes differently, so a difference would not be two printed numbers in conflict.
     */
    public Figure inTables(String topic) {
        Figure figure = lookup(topic);
        if (figure != null) {
            return figure;
        }
        KeyFigure key = doc.keyFigure(topic);
        if (key == null || key.source() == null || KeyFigure.TEXT.equals(key.source()) || key.derivation() != null
                || doc.isUnreadable(key.source()) || partOfAllFunds(topic, key)) {
            return null;
        }
        return new Figure(key.amount(), Names.figure(topic), new Evidence(key.source(), key.page(), key.row(),
                key.column(), null));
    }

    /**
     * The same row's figure in the table's 上年 column (上年预算数 / 上年执行数), for a figure read from a table; null
     * when the table prints no prior year for that row.
     */
    public Figure priorYear(Figure current) {
        Evidence where = current == null ? null : current.evidence();
        TableView table = where == null || where.table() == null ? null : doc.table(where.table());
        if (table == null || !table.hasColumn(ColumnKeys.PREVIOUS_YEAR)) {
            return null;
        }
        return table.rows().stream().filter(r -> table.evidence(r, where.column()).equals(where)).findFirst()
                .map(r -> table.figure(r, ColumnKeys.PREVIOUS_YEAR)).filter(f -> f.amount() != null).orElse(null);
    }

    /** Whether a table this figure would be read from is present but flagged by the reader. */
    public boolean unreadableSource(String topic) {
        return sourceTables(topic).stream().anyMatch(doc::isUnreadable);
    }

    /** The table figure, else the figure as stated in the text. */
    public Figure best(String topic) {
        Figure table = inTables(topic);
        if (table != null) {
            return table;
        }
        return doc.claims(topic).stream().filter(c -> c.value() != null).findFirst().map(Figures::stated)
                .orElse(null);
    }

    /** A claim's stated value as a figure. */
    public static Figure stated(Claim claim) {
        return new Figure(claim.valueAmount(), label(claim), evidence(claim));
    }

    /** What a claim is about, in words: its key figure's name, or the 类/款/项 names of a classification item. */
    public static String label(Claim claim) {
        return Claim.CLASSIFICATION_ITEM.equals(claim.topic()) ? claim.subject() : Names.figure(claim.topic());
    }

    /** Where a claim is printed: its page (0 = not known) and sentence. */
    public static Evidence evidence(Claim claim) {
        return new Evidence(null, claim.page() > 0 ? claim.page() : null, null, null, claim.sentence());
    }

    private Figure lookup(String topic) {
        return switch (topic) {
            case INCOME_TOTAL -> first(summary(TableTypes.INCOME_EXPENDITURE_SUMMARY,
                    t -> t.grandTotal(Row.INCOME_SIDE)), overallTotal(TableTypes.INCOME_SUMMARY));
            case EXPENDITURE_TOTAL -> first(summary(TableTypes.INCOME_EXPENDITURE_SUMMARY,
                    t -> t.grandTotal(Row.EXPENDITURE_SIDE)), overallTotal(TableTypes.EXPENDITURE_SUMMARY));
            case CURRENT_YEAR_INCOME -> summary(TableTypes.INCOME_EXPENDITURE_SUMMARY,
                    t -> t.currentTotal(Row.INCOME_SIDE));
            case CARRYOVER_INCOME -> summary(TableTypes.INCOME_EXPENDITURE_SUMMARY, t -> t.carryover(Row.INCOME_SIDE));
            case GENERAL_BUDGET_APPROPRIATION -> first(item(TableTypes.INCOME_EXPENDITURE_SUMMARY,
                    GENERAL_BUDGET_PREFIXES), item(TableTypes.FISCAL_APPROPRIATION_SUMMARY, GENERAL_BUDGET_PREFIXES));
            case GOVERNMENT_FUND_APPROPRIATION -> first(item(TableTypes.INCOME_EXPENDITURE_SUMMARY,
                    GOVERNMENT_FUND_PREFIXES), item(TableTypes.FISCAL_APPROPRIATION_SUMMARY, GOVERNMENT_FUND_PREFIXES));
            case BASIC_EXPENDITURE -> first(total(TableTypes.EXPENDITURE_SUMMARY, ColumnKeys.BASIC),
                    allFundsGeneralBudget(ColumnKeys.BASIC));
            case PROJECT_EXPENDITURE -> first(total(TableTypes.EXPENDITURE_SUMMARY, ColumnKeys.PROJECT),
                    allFundsGeneralBudget(ColumnKeys.PROJECT));
            case PERSONNEL_EXPENDITURE -> total(TableTypes.GENERAL_BUDGET_BASIC_EXPENDITURE, ColumnKeys.PERSONNEL);
            case PUBLIC_OPERATING_EXPENDITURE -> total(TableTypes.GENERAL_BUDGET_BASIC_EXPENDITURE,
                    ColumnKeys.PUBLIC_OPERATING);
            case ORGAN_OPERATING_COSTS -> summary(TableTypes.OPERATING_COSTS, TableView::total);
            default -> threePublic(topic);
        };
    }

    private Set<String> sourceTables(String topic) {
        return switch (topic) {
            case INCOME_TOTAL -> Set.of(TableTypes.INCOME_EXPENDITURE_SUMMARY, TableTypes.INCOME_SUMMARY);
            case EXPENDITURE_TOTAL -> Set.of(TableTypes.INCOME_EXPENDITURE_SUMMARY, TableTypes.EXPENDITURE_SUMMARY);
            case CURRENT_YEAR_INCOME, CARRYOVER_INCOME -> Set.of(TableTypes.INCOME_EXPENDITURE_SUMMARY);
            case GENERAL_BUDGET_APPROPRIATION, GOVERNMENT_FUND_APPROPRIATION -> Set.of(
                    TableTypes.INCOME_EXPENDITURE_SUMMARY, TableTypes.FISCAL_APPROPRIATION_SUMMARY);
            case BASIC_EXPENDITURE, PROJECT_EXPENDITURE -> Set.of(TableTypes.EXPENDITURE_SUMMARY,
                    TableTypes.GENERAL_BUDGET_EXPENDITURE);
            case PERSONNEL_EXPENDITURE, PUBLIC_OPERATING_EXPENDITURE -> Set.of(
                    TableTypes.GENERAL_BUDGET_BASIC_EXPENDITURE);
            case ORGAN_OPERATING_COSTS -> Set.of(TableTypes.OPERATING_COSTS);
            default -> Set.of(TableTypes.THREE_PUBLIC_EXPENDITURE);
        };
    }

    private Figure threePublic(String topic) {
        TableView table = doc.table(TableTypes.THREE_PUBLIC_EXPENDITURE);
        Row row = table == null ? null : table.row(topic);
        return row == null ? null : table.figure(row, table.mainColumn(row));
    }

    /** The single amount of a summary row of a table, or null when the table or the row is not there. */
    private Figure summary(String type, Function<TableView, Row> row) {
        TableView table = doc.table(type);
        return table == null ? null : table.figureOf(row.apply(table), null);
    }

    private Figure total(String type, String column) {
        TableView table = doc.table(type);
        return table == null ? null : table.totalFigure(column);
    }

    /**
     * A 收入总表 / 支出总表 total that stands for the 总计: not one labelled 本年收入合计 / 本年支出合计 (西安 决算), which
     * leaves the carry-overs out.
     */
    private Figure overallTotal(String type) {
        TableView table = doc.table(type);
        return table == null || CURRENT_YEAR_ONLY.matcher(table.columnLabel(ColumnKeys.TOTAL)).find() ? null
                : table.totalFigure(ColumnKeys.TOTAL);
    }

    private Figure item(String type, List<String> prefixes) {
        TableView table = doc.table(type);
        return table == null ? null : table.incomeItemFigure(prefixes);
    }

    /**
     * The 一般公共预算支出表's figure stands for all of the department's spending only when the department spends
     * nothing else: its total equals the 收支总表's current-year expenditure. Otherwise (政府性基金, 事业收入 …) it
     * measures a part, and the text's 基本支出 of all funds is not compared with it.
     */
    private Figure allFundsGeneralBudget(String column) {
        Figure general = total(TableTypes.GENERAL_BUDGET_EXPENDITURE, ColumnKeys.TOTAL);
        Figure all = summary(TableTypes.INCOME_EXPENDITURE_SUMMARY, t -> t.currentTotal(Row.EXPENDITURE_SIDE));
        boolean allFunds = general != null && all != null && general.amount() != null && all.amount() != null
                && Tolerance.same(general.amount(), all.amount()).consistent();
        return allFunds ? total(TableTypes.GENERAL_BUDGET_EXPENDITURE, column) : null;
    }

    /** A 基本/项目支出 the reader took from the 一般公共预算 table where that table is not all of the department's. */
    private boolean partOfAllFunds(String topic, KeyFigure key) {
        String column = BASIC_EXPENDITURE.equals(topic) ? ColumnKeys.BASIC
                : PROJECT_EXPENDITURE.equals(topic) ? ColumnKeys.PROJECT : null;
        return column != null && TableTypes.GENERAL_BUDGET_EXPENDITURE.equals(key.source())
                && allFundsGeneralBudget(column) == null;
    }

    private static Figure first(Figure preferred, Figure fallback) {
        return preferred != null ? preferred : fallback;
    }
}

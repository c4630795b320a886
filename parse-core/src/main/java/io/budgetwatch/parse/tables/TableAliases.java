package io.budgetwatch.parse.tables;

import java.util.regex.Pattern;

import io.budgetwatch.events.TableTypes;

/**
 * Recognises a table title, whatever the province or year spells it (河北 部门预算收支总表, 江苏 收支预算总表 /
 * 公开01表, 上海 财务收支预算总表, 决算 收入支出决算总表 …). Rules are tried in order, most specific first: a
 * 财政拨款收支总表 is also a 收支总表, a 基本支出表 also an 一般公共预算支出表.
 */
public final class TableAliases {
    private static final PatternTable ALIASES = new PatternTable()
            .add(TableTypes.THREE_PUBLIC_EXPENDITURE, "三公")
            .add(TableTypes.OPERATING_COSTS, "机关运行经费")
            .add(TableTypes.PROCUREMENT, "政府采购")
            .add(TableTypes.PERFORMANCE_TARGETS, "绩效")
            .add(TableTypes.ASSETS, "资产")
            .add(TableTypes.FISCAL_APPROPRIATION_SUMMARY, "财政拨款收[入]?[支出]*(预算|决算)?总表")
            // 江苏 公开06表 财政拨款基本支出预算表 is the 财政拨款 basic-expenditure table of DESIGN.md.
            .add(TableTypes.GENERAL_BUDGET_BASIC_EXPENDITURE, "一般公共预算.*基本支出|财政拨款基本支出")
            // 广东 部门预算基本支出预算表 covers every fund source: no standard table, and never the 支出总表.
            .add(TableTypes.OTHER, "基本支出(预算|决算)?表")
            // 西安 部门综合预算政府性基金收支表 is the 政府性基金 table, not a 收支总表.
            .add(TableTypes.GOVERNMENT_FUND_EXPENDITURE, "政府性?基金.*(支出|收支)")
            .add(TableTypes.STATE_CAPITAL_EXPENDITURE, "国有资本经营.*支出")
            // 江苏 公开05表 财政拨款支出预算表 (功能科目): 一般公共预算(财政拨款)支出表 in DESIGN.md's words.
            // 广东 一般公共预算项目支出情况表（按经济分类科目）is a project table, not the 一般公共预算支出表.
            .add(TableTypes.PROJECT_EXPENDITURE, "一般公共预算项目支出")
            .add(TableTypes.GENERAL_BUDGET_EXPENDITURE, "一般公共预算.*支出|财政拨款支出(预算|决算)?表")
            .add(TableTypes.PROJECT_EXPENDITURE, "项目支出")
            .add(TableTypes.INCOME_EXPENDITURE_SUMMARY, "收[入]?[支出]+(预算|决算)?总表|收支(预算|决算)?表")
            .add(TableTypes.INCOME_SUMMARY, "收入(预算|决算)?总?表")
            .add(TableTypes.EXPENDITURE_SUMMARY, "支出(预算|决算)?总?表");

    /** A title is a short line that names a table; long lines are sentences of the explanatory text. */
    private static final int MAX_TITLE_LENGTH = 48;
    /** 河北 prints the procurement table under a title without 表 (seed-003: 部门政府采购预算). */
    private static final Pattern TITLE_WITHOUT_TABLE = Pattern.compile("^(部门)?政府采购(预算|决算)$");

    /** Ordinals and table numbers before a title: 五、 (三) 3. 公开05表： 预算01表 决算01-1表 附表1 表3. */
    private static final Pattern LABEL = Pattern.compile(
            "^([(（]?[一二三四五六七八九十]+[、)）.．]|\\d{1,2}[、.．]|(公开|预算|决算)?(附?表\\d{1,2}(-\\d{1,2})?|\\d{1,2}(-\\d{1,2})?表)[:：]?)+");
    /** A heading of the explanatory text about a table (关于收入总表的说明) is no table. */
    private static final Pattern EXPLAINS = Pattern.compile("说明[)）:：]*$");

    private TableAliases() {
    }

    /** The canonical type of a title line, or null when the line is not a table title. */
    public static String typeOf(String line) {
        String title = title(line);
        return title == null ? null : ALIASES.find(title);
    }

    /**
     * The type of a title wrapped over two lines, when the whole names a table and names it more specifically than
     * its second line alone (…一般公共预算 / 支出情况表 is no 支出总表); null when the second line says as much.
     */
    public static String typeOfWrapped(String firstLine, String secondLine) {
        String whole = title(firstLine + secondLine);
        String second = title(secondLine);
        if (whole == null || second != null && ALIASES.rank(second) <= ALIASES.rank(whole)) {
            return null;
        }
        return ALIASES.find(whole);
    }

    /** The words that name the table, or null when the line names none. */
    private static String title(String line) {
        // 广东 names every table …情况表 and the summaries …总体情况表: 收支总体情况表 is the 收支总表.
        String title = LABEL.matcher(line.replaceAll("\\s", "")).replaceFirst("").replace("总体情况表", "总表")
                .replace("情况表", "表");
        boolean namesTable = title.contains("表") || TITLE_WITHOUT_TABLE.matcher(title).matches();
        if (title.length() > MAX_TITLE_LENGTH || !namesTable || title.contains("。") || title.contains("，")
                || EXPLAINS.matcher(title).find()) {
            return null;
        }
        return title;
    }
}

package io.budgetwatch.parse.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.budgetwatch.events.ChineseNames;
import io.budgetwatch.events.TableTypes;
import io.budgetwatch.events.Warning;
import io.budgetwatch.parse.PageText;
import io.budgetwatch.parse.tables.TableAliases;
import io.budgetwatch.parse.text.CjkText;

/**
 * Standard tables a document says it does not contain, so that a table not printed is told apart from a table the
 * reader missed. Three ways a document says so, seen across provinces:
 * <ul>
 * <li>its own table list marks the table as not applicable ({@code 表9 部门综合预算政府性基金收支表 是 不涉及});</li>
 * <li>it has a table list (a page naming at least {@link #MIN_LISTED} standard tables on lines of their own, and the
 * names heading the page after it; the tables' own titles stand one or two to a page) that does not name the table:
 * the province publishes another set ({@code 深圳} prints a 基本支出总表 of all funds instead of the
 * 一般公共预算基本支出表);</li>
 * <li>a sentence states that the department has none of the funds the table is about
 * ({@code 本部门无当年国有资本经营预算收支}, {@code 2026年无使用政府性基金预算拨款安排的支出});</li>
 * <li>a document that prints no standard table says its tables are attached as a file of their own (北京's 情况说明:
 * {@code 附件：北京市水务局2026年度部门预算报表}; 江苏's: {@code 2019年部门预算公开表附后}).</li>
 * </ul>
 * Each is a {@code table_declared_absent} warning quoting the words and their page.
 */
public final class DeclaredAbsence {
    /** Fewer names on lines of their own are headings of the text, not a list of the tables published. */
    static final int MIN_LISTED = 4;
    private static final Pattern NOT_APPLICABLE = Pattern.compile("不涉及|无数据|本表无|空表");
    private static final Pattern SENTENCE_END = Pattern.compile("[。；;]");
    /** The funds a table is about; a negation before the name or a zero after it declares none. */
    private static final Map<String, String> FUNDS = funds();
    private static final String NEGATION = "(无|没有|未安排|未使用|不涉及)[^，。；]{0,12}?";
    private static final String ZERO = "[^，。；]{0,16}?(为0(\\.0+)?(万元|元)?(?![.\\d])|为零|不涉及)";
    /** The tables named as an attachment of their own; matched on a page's text without whitespace. */
    private static final Pattern ATTACHED = Pattern.compile("附件[:：][^。；:：]{0,40}?报表|(公开|预算)表样?附后");

    private final List<Listed> list;
    private final List<PageText> statements;

    private DeclaredAbsence(List<PageText> prose) {
        this.list = listedTables(prose);
        this.statements = statements(prose);
    }

    /** What {@code prose} (in page order) says of the tables it does not contain, read once for several questions. */
    public static DeclaredAbsence in(List<PageText> prose) {
        return new DeclaredAbsence(prose);
    }

    private static Map<String, String> funds() {
        Map<String, String> funds = new LinkedHashMap<>();
        funds.put(TableTypes.GOVERNMENT_FUND_EXPENDITURE, "政府性基金");
        funds.put(TableTypes.STATE_CAPITAL_EXPENDITURE, "国有资本经营");
        funds.put(TableTypes.THREE_PUBLIC_EXPENDITURE, "“?三公”?经费");
        return funds;
    }

    /**
     * The standard types of {@code missing} the document declares absent, in the order given, each with the warning
     * that quotes where; {@code prose} in page order.
     */
    public static Map<String, Warning> of(List<PageText> prose, List<String> missing) {
        return in(prose).declared(missing);
    }

    /** The types of {@code missing} the document declares absent, in the order given, each with its warning. */
    public Map<String, Warning> declared(List<String> missing) {
        Map<String, Warning> warnings = new LinkedHashMap<>();
        Optional<Warning> attached = missing.containsAll(TableTypes.STANDARD) ? attachedSeparately(statements)
                : Optional.empty();
        for (String type : missing) {
            markedInList(list, type).or(() -> leftOutOfList(list, type)).or(() -> statedNone(statements, type))
                    .or(() -> attached).ifPresent(warning -> warnings.put(type, warning));
        }
        return warnings;
    }

    private static Optional<Warning> attachedSeparately(List<PageText> statements) {
        for (PageText page : statements) {
            Matcher attachment = ATTACHED.matcher(page.text());
            if (attachment.find()) {
                return Optional.of(new Warning(Warning.TABLE_DECLARED_ABSENT, "第" + page.page() + "页写明“"
                        + attachment.group() + "”：报表另册公开，本文件不含报表", page.page()));
            }
        }
        return Optional.empty();
    }

    private record Listed(String type, String line, int page) {
    }

    /** The entries of the pages that list the standard tables, one name to a line. */
    private static List<Listed> listedTables(List<PageText> prose) {
        List<Listed> listed = new ArrayList<>();
        for (PageText page : prose) {
            List<Listed> names = new ArrayList<>();
            String[] lines = page.text().split("\n");
            for (int i = 0; i < lines.length; i++) {
                String compact = CjkText.withoutWhitespace(lines[i]);
                String type = listedType(compact);
                if (type == null && i + 1 < lines.length) {
                    // An entry wrapped before its 表 (江苏: …“三公”经费、会议费、培训费支 / 出预算表).
                    String joined = compact + CjkText.withoutWhitespace(lines[i + 1]);
                    type = listedType(joined);
                    if (type != null) {
                        compact = joined;
                        i++;
                    }
                }
                if (type != null && TableTypes.STANDARD.contains(type)) {
                    names.add(new Listed(type, compact, page.page()));
                }
            }
            // A list may run on to the next page (北京: 九、财政拨款“三公”经费支出表 heads page 2).
            boolean continued = !listed.isEmpty() && listed.get(listed.size() - 1).page() == page.page() - 1;
            if (names.stream().map(Listed::type).distinct().count() >= MIN_LISTED || continued) {
                listed.addAll(names);
            }
        }
        return listed;
    }

    private static String listedType(String line) {
        return TableAliases.typeOf(NOT_APPLICABLE.matcher(line).replaceAll(""));
    }

    private static Optional<Warning> markedInList(List<Listed> list, String type) {
        return list.stream().filter(l -> l.type().equals(type) && NOT_APPLICABLE.matcher(l.line()).find()).findFirst()
                .map(l -> new Warning(Warning.TABLE_DECLARED_ABSENT, "第" + l.page() + "页的报表目录注明“" + l.line() + "”",
                        l.page()));
    }

    private static Optional<Warning> leftOutOfList(List<Listed> list, String type) {
        if (list.isEmpty() || list.stream().anyMatch(l -> l.type().equals(type))) {
            return Optional.empty();
        }
        int page = list.get(0).page();
        return Optional.of(new Warning(Warning.TABLE_DECLARED_ABSENT, "第" + page + "页的报表目录未列《"
                + ChineseNames.table(type) + "》：本文件不公开此表", page));
    }

    /**
     * Each page's text without its lines that name a table, whitespace removed: names of tables are no statement,
     * and a list entry's 不涉及 must not run into the name on the next line.
     */
    private static List<PageText> statements(List<PageText> prose) {
        return prose.stream().map(page -> new PageText(page.page(), Arrays.stream(page.text().split("\n"))
                .map(CjkText::withoutWhitespace).filter(line -> TableAliases.typeOf(line) == null)
                .collect(Collectors.joining()))).toList();
    }

    private static Optional<Warning> statedNone(List<PageText> statements, String type) {
        String fund = FUNDS.get(type);
        if (fund == null) {
            return Optional.empty();
        }
        Pattern none = Pattern.compile(NEGATION + fund + "|" + fund + ZERO);
        for (PageText page : statements) {
            for (String sentence : SENTENCE_END.split(page.text())) {
                if (none.matcher(sentence).find()) {
                    return Optional.of(new Warning(Warning.TABLE_DECLARED_ABSENT,
                            "第" + page.page() + "页的说明写明“" + sentence + "”", page.page()));
                }
            }
        }
        return Optional.empty();
    }
}

package io.budgetwatch.parse.document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.budgetwatch.events.Department;
import io.budgetwatch.events.DisclosureKind;
import io.budgetwatch.events.Scope;
import io.budgetwatch.parse.PageText;
import io.budgetwatch.parse.text.CjkText;

/** Who published the disclosure, for which year, and what kind it is, read from the cover and page headers. */
public record DocumentIdentity(Department department, Integer year, DisclosureKind kind, Scope scope) {
    /** 河北: {@code 306 石家庄市科学技术局 预算年度：2023 单位：万元}. */
    private static final Pattern PAGE_HEADER = Pattern.compile("(?m)^(\\d{3,6})\\s*([\\p{IsHan}()]+?)\\s*预算年度[:：]\\s*(\\d{4})");
    /** Cover or title: {@code 上海市普陀区人民政府办公室2025年部门预算}, {@code 江苏省人大办公厅2017年度预算公开}. */
    private static final Pattern TITLE = Pattern.compile(
            "(?m)^[ \\t]*([\\p{IsHan}()（）]{2,40}?)\\s{0,3}(20\\d{2})\\s{0,3}年?度?\\s{0,3}(部门|单位)?\\s{0,3}(预算|决算)");
    private static final Pattern NOT_A_NAME = Pattern.compile("^(第.部分|目录|附件)");
    /** Printed around a department's name and not part of it: 关于…, …(本级), …部门 / …单位. */
    private static final Pattern LEADING_ABOUT = Pattern.compile("^(关于)?");
    private static final Pattern OWN_LEVEL_SUFFIX = Pattern.compile("[(（]本级[)）]$");
    private static final Pattern KIND_SUFFIX = Pattern.compile("(部门|单位)$");
    private static final Pattern YEAR = Pattern.compile("(20\\d{2})\\s*年度?[\\p{IsHan}]{0,6}?(预算|决算)");
    /**
     * 上海: {@code 预算主管部门：上海市普陀区人民政府办公室}; 江苏 tables: {@code 部门：江苏省政协办公厅 单位：万元} (the
     * unit label ends the name, as the two are often drawn with no space between).
     */
    private static final Pattern NAMED = Pattern.compile("(预算主管部门|主管部门|部门名称|预算单位|单位名称|部门)[:：]\\s*"
            + "([\\p{IsHan}()]{3,40}?)(?=单位[:：]|[^\\p{IsHan}()]|$)");
    /** A text without a cover names its department where sentences start: {@code 江苏省政协办公厅 2019 年度收入…}. */
    private static final Pattern SUBJECT = Pattern.compile(
            "(?m)^[ \\t]*([\\p{IsHan}]{3,30}?(?:办公厅|委员会|办公室|局|厅|院|会))\\s*20\\d{2}\\s*年度");
    /**
     * 北京's tables-only file has no cover: its 部门整体支出绩效目标表 names the department in a cell
     * ({@code 部门名称  北京市气象局}, on a line of its own) and the year under its title ({@code （2026年度）}, {@code 2026（年度）}).
     */
    private static final Pattern NAME_CELL = Pattern.compile("(?m)部门名称[ \\t]*([\\p{IsHan}()（）]{3,40})[ \\t]*$");
    private static final Pattern YEAR_CELL = Pattern.compile("[（(](20\\d{2})\\s*年度?[)）]|(20\\d{2})\\s*[（(]年度[)）]");
    private static final int COVER_PAGES = 3;
    private static final Pattern CONTENTS = Pattern.compile("目\\s*录");
    private static final String KIND = "(部门|单位)(综合)?(预算|决算)";
    private static final Pattern YEAR_FIRST = Pattern.compile("(?<year>20\\d{2})年度?(?<name>[\\p{IsHan}()（）]{2,40}?)"
            + KIND);
    private static final Pattern NAME_FIRST = Pattern.compile("(?<name>[\\p{IsHan}()（）]{2,40}?)(?<year>20\\d{2})年度?"
            + KIND);

    public static DocumentIdentity read(List<PageText> pages, String fileName) {
        String cover = String.join("\n", pages.subList(0, Math.min(COVER_PAGES, pages.size())).stream()
                .map(PageText::text).toList());
        String all = String.join("\n", pages.stream().map(PageText::text).toList());
        String name = null;
        String code = null;
        Integer year = null;
        Matcher header = PAGE_HEADER.matcher(all);
        if (header.find()) {
            code = header.group(1);
            name = header.group(2);
            year = Integer.valueOf(header.group(3));
        }
        Matcher named = NAMED.matcher(cover);
        if (name == null && named.find()) {
            name = cleanName(named.group(2));
        }
        Matcher coverTitle = coverTitle(cover);
        if (coverTitle != null) {
            name = name == null ? cleanName(coverTitle.group("name")) : name;
            year = year == null ? Integer.valueOf(coverTitle.group("year")) : year;
        }
        Matcher title = TITLE.matcher(cover);
        while (title.find()) {
            if (!NOT_A_NAME.matcher(title.group(1)).find()) {
                name = name == null ? cleanName(title.group(1)) : name;
                year = year == null ? Integer.valueOf(title.group(2)) : year;
                break;
            }
        }
        if (name == null) {
            name = mostStated(all);
        }
        Matcher nameCell = NAME_CELL.matcher(all);
        if (name == null && nameCell.find()) {
            name = cleanName(nameCell.group(1));
        }
        if (year == null) {
            // A tables-only file (江苏) names its year in a table title such as 2019年政府采购预算表.
            Matcher y = YEAR.matcher(cover + "\n" + (fileName == null ? "" : fileName) + "\n" + all);
            year = y.find() ? Integer.valueOf(y.group(1)) : null;
        }
        Matcher yearCell = YEAR_CELL.matcher(all);
        if (year == null && yearCell.find()) {
            year = Integer.valueOf(yearCell.group(1) != null ? yearCell.group(1) : yearCell.group(2));
        }
        String head = cover + (fileName == null ? "" : fileName);
        DisclosureKind kind = head.contains("决算") && !head.contains("部门预算") ? DisclosureKind.FINAL_ACCOUNT
                : DisclosureKind.BUDGET;
        Matcher kindLine = YEAR.matcher(head);
        Scope scope = kindLine.find() && kindLine.group().contains("单位") ? Scope.UNIT : Scope.DEPARTMENT;
        String canonical = DepartmentAliases.canonical(name);
        return new DocumentIdentity(new Department(canonical, code, Regions.infer(canonical, all)), year, kind, scope);
    }

    /**
     * The cover's title with its line breaks removed, up to the table of contents: producers break it anywhere
     * (2026 年度 / 福州市公安局巡特警支队 / 单位预算; 2026 年深圳市民政局（本级）部门预 / 算), the year before or after
     * the name.
     */
    private static Matcher coverTitle(String cover) {
        Matcher contents = CONTENTS.matcher(cover);
        String compact = CjkText.withoutWhitespace(contents.find() ? cover.substring(0, contents.start()) : cover);
        for (Pattern pattern : List.of(YEAR_FIRST, NAME_FIRST)) {
            Matcher m = pattern.matcher(compact);
            if (m.find() && !NOT_A_NAME.matcher(m.group("name")).find()) {
                return m;
            }
        }
        return null;
    }

    /** The department most sentences of the text start with (the first stated on a tie), or null. */
    private static String mostStated(String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Matcher subject = SUBJECT.matcher(text);
        while (subject.find()) {
            counts.merge(subject.group(1), 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static String cleanName(String printed) {
        String name = LEADING_ABOUT.matcher(printed).replaceAll("");
        name = OWN_LEVEL_SUFFIX.matcher(name).replaceAll("");
        return KIND_SUFFIX.matcher(name).replaceAll("");
    }
}

package io.budgetwatch.parse.tables;

import java.util.regex.Pattern;

/**
 * Classification codes: 功能分类 (类 3 digits, 款 +2, 项 +2: 206 ⊃ 20601 ⊃ 2060101) and 经济分类 (301 ⊃ 30101).
 * A code printed split over 类/款/项 columns is joined into one.
 */
public final class Codes {
    private static final Pattern CODE = Pattern.compile("\\d{3}(\\d{2}){0,2}");

    private Codes() {
    }

    public static boolean isCode(String text) {
        return text != null && CODE.matcher(text).matches() && isClass(Integer.parseInt(text.substring(0, 3)));
    }

    /**
     * The 类 of the national classifications: 收入分类 101–110, 支出功能分类 201–234, 部门支出经济分类 301–313 and
     * 399, 政府支出经济分类 501–514 and 599. Unit codes (015, 309001) and project numbers (12328) are other numbers.
     */
    private static boolean isClass(int head) {
        return head >= 101 && head <= 110 || head >= 201 && head <= 234 || head >= 301 && head <= 313
                || head == 399 || head >= 501 && head <= 514 || head == 599;
    }

    /**
     * A 款 or 项 part on its own: two digits, or one under a 类/款/项 header, where some producers drop the leading
     * zero (301 | 2 for 30102).
     */
    static boolean isPart(String text, boolean underPartHeader) {
        return text.matches(underPartHeader ? "\\d{1,2}" : "\\d{2}");
    }

    /**
     * Joins 类, 款, 项 parts; a part may repeat its parent's digits (201 | 20103 | 2010301) or not (201 | 03 | 01),
     * and may lack its leading zero (201 | 3 | 1).
     */
    public static String join(String... parts) {
        String code = "";
        for (String part : parts) {
            String p = part == null ? "" : part.replace(" ", "");
            if (p.isEmpty()) {
                continue;
            }
            if (p.length() == 1 && !code.isEmpty()) {
                p = "0" + p;
            }
            code = p.startsWith(code) && p.length() > code.length() ? p : code + p;
        }
        return isCode(code) ? code : null;
    }

    /** 类/economic class = 1, 款 = 2, 项 = 3. */
    public static int level(String code) {
        return code == null ? 0 : (code.length() - 1) / 2;
    }

    public static String parent(String code) {
        return code == null || code.length() <= 3 ? null : code.substring(0, code.length() - 2);
    }
}

package io.budgetwatch.parse.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.budgetwatch.events.TableTypes;
import io.budgetwatch.events.Warning;
import io.budgetwatch.parse.PageText;
import io.budgetwatch.parse.text.CjkText;

/**
 * Tables the explanatory text names but the document does not contain (河北 seed-000: “…基本支出表、项目支出表按经济
 * 分类…编制” with no 项目支出表 printed): a {@code referenced_table_missing} warning each. Only names that mean one
 * table type whatever the producer are listed; a broader name (支出表) could mean several tables.
 */
public final class ReferencedTables {
    private static final Map<String, Pattern> NAMES = Map.of(
            TableTypes.PROJECT_EXPENDITURE, Pattern.compile("项目支出(预算|决算)?表"));

    private ReferencedTables() {
    }

    /** {@code prose} is the text outside the tables, so a table's own title is not a reference to it. */
    public static List<Warning> missing(List<PageText> prose, List<String> foundTypes) {
        List<Warning> warnings = new ArrayList<>();
        NAMES.forEach((type, name) -> {
            if (foundTypes.contains(type)) {
                return;
            }
            for (PageText page : prose) {
                Matcher mention = name.matcher(CjkText.withoutWhitespace(page.text()));
                if (mention.find()) {
                    warnings.add(new Warning(Warning.REFERENCED_TABLE_MISSING, "第" + page.page() + "页的说明提到《"
                            + mention.group() + "》，但文件中没有这张表", page.page()));
                    return;
                }
            }
        });
        return warnings;
    }
}

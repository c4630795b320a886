package io.budgetwatch.parse.tables;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import io.budgetwatch.events.Row;

/**
 * Uncoded rows numbered on two outline levels (江苏 收支预算总表: 一、财政拨款 / 1.一般公共预算 / 2.政府性基金预算):
 * the 1./2. rows are level 1 under the 一、 row before them, which adds them up. A total or carry-over row closes
 * the outline.
 */
final class OutlineLevels {
    private static final Pattern CHAPTER = Pattern.compile("^[一二三四五六七八九十]+、");
    private static final Pattern SECTION = Pattern.compile("^(\\d+[、.](?!\\d)|[(（]\\d+[)）])");
    private static final Pattern CLOSES = Pattern.compile("合计|总计|小计|结转|结余");

    private OutlineLevels() {
    }

    static List<Row> mark(List<Row> rows) {
        Set<String> openChapters = new HashSet<>();
        List<Row> out = new ArrayList<>();
        for (Row row : rows) {
            String side = Objects.toString(row.side(), "");
            String name = row.name().replace(" ", "");
            if (row.code() != null) {
                out.add(row);
                continue;
            }
            if (CHAPTER.matcher(name).find()) {
                openChapters.add(side);
            } else if (CLOSES.matcher(name).find()) {
                openChapters.remove(side);
            } else if (openChapters.contains(side) && SECTION.matcher(name).find()) {
                row = new Row(null, row.name(), 1, row.parentCode(), row.subset(), row.side(), row.cells(), row.page());
            }
            out.add(row);
        }
        return out;
    }
}

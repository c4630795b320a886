package io.budgetwatch.parse.tables;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.budgetwatch.events.ColumnKeys;
import io.budgetwatch.events.Row;
import io.budgetwatch.parse.grid.Grid;
import io.budgetwatch.parse.grid.GridRow;

/**
 * The column header of a grid: how many rows it takes and what each leaf column is. A leaf column's label is the
 * path of the header cells above it ({@code 本年收入/财政拨款收入}); a table with two name columns is two-sided
 * (收入 | 支出) and its columns get a side.
 */
public record ColumnLayout(int headerRows, List<ColumnSpec> columns, boolean twoSided) {
    private static final Pattern ORDINAL = Pattern.compile("^([一二三四五六七八九十]+、|\\d+\\.\\D)");
    private static final Pattern TOTAL = Pattern.compile("^(合\\s*计|总\\s*计)$");
    private static final Pattern NAME_LABEL = Pattern.compile("^(项目|科目|.*名称|功能分类科目|收入项目|支出项目|支出功能分类科目)$");
    private static final Pattern CODE_LABEL = Pattern.compile("编码|代码");
    private static final Pattern POSITIONAL = Pattern.compile("c\\d+");
    private static final Pattern COLUMN_NUMBER = Pattern.compile("\\d{1,2}");
    private static final Pattern WORDS = Pattern.compile("[\\p{L}\\p{N}]");
    private static final Pattern SKIP_LABEL = Pattern.compile("^(序号|栏次|行次)$");
    private static final Pattern HEADER_LINE = Pattern.compile(
            "(编码|代码|名称|科目).*(合计|总计|基本支出|项目支出|预算数|决算数|金额)");
    private static final Pattern SENTENCE = Pattern.compile("[，。；]");
    private static final int MAX_HEADER_LINE = 40;

    /**
     * A column header printed as a line of text, naming the rows and an amount column (科目编码 科目名称 合计 基本支出
     * 项目支出): what an unruled table shows when it prints no body at all.
     */
    public static boolean isHeaderLine(String line) {
        return line.length() <= MAX_HEADER_LINE && !SENTENCE.matcher(line).find() && HEADER_LINE.matcher(line).find();
    }

    public static ColumnLayout of(Grid grid) {
        int headerRows = headerRows(grid.rows());
        List<String> labels = labels(grid, headerRows);
        List<ColumnRole> roles = new ArrayList<>();
        for (String label : labels) {
            roles.add(role(label));
        }
        int[] groups = groups(labels, roles);
        boolean twoSided = groups[groups.length - 1] > 0;
        int latestYear = HeaderYears.latest(labels);
        List<ColumnSpec> specs = new ArrayList<>();
        Set<String> usedKeys = new HashSet<>();
        for (int j = 0; j < labels.size(); j++) {
            String side = twoSided ? side(groups[j]) : null;
            String key = null;
            if (roles.get(j) == ColumnRole.VALUE) {
                key = HeaderYears.isEarlier(labels.get(j), latestYear) ? ColumnKeys.PREVIOUS_YEAR
                        : ColumnKeyMapper.keyOf(labels.get(j));
                if (key == null || !usedKeys.add(groups[j] + key)) {
                    key = "c" + (j + 1);
                }
            }
            specs.add(new ColumnSpec(j, roles.get(j), key, labels.get(j), side, groups[j]));
        }
        return new ColumnLayout(headerRows, singleAmountColumns(specs), twoSided);
    }

    /**
     * A group's only amount column is {@link ColumnKeys#AMOUNT}, whatever its printed label (江苏 机关运行经费表:
     * 机关运行经费支出), as the contract of {@link ColumnKeys} has it.
     */
    private static List<ColumnSpec> singleAmountColumns(List<ColumnSpec> specs) {
        List<ColumnSpec> out = new ArrayList<>();
        for (ColumnSpec spec : specs) {
            long values = specs.stream().filter(s -> s.group() == spec.group() && s.role() == ColumnRole.VALUE).count();
            boolean positional = spec.key() != null && POSITIONAL.matcher(spec.key()).matches();
            out.add(values == 1 && positional && !spec.label().isEmpty() ? new ColumnSpec(spec.index(), spec.role(),
                    ColumnKeys.AMOUNT, spec.label(), spec.side(), spec.group()) : spec);
        }
        return out;
    }

    /**
     * Whether the header names at least one amount column. A grid whose header was drawn outside its lines (决算
     * blank template) names none, and amounts read under guessed columns would be invented figures.
     */
    public boolean namesAnAmountColumn() {
        return columns.stream().anyMatch(c -> c.role() == ColumnRole.VALUE && !POSITIONAL.matcher(c.key()).matches());
    }

    /**
     * 收入 | 支出; a third half prints the same expenditure again by economic use (江苏 收支总表: 功能分类 |
     * 支出用途), so it gets its own side and is never added to the first.
     */
    private static String side(int group) {
        return switch (group) {
            case 0 -> Row.INCOME_SIDE;
            case 1 -> Row.EXPENDITURE_SIDE;
            default -> Row.EXPENDITURE_ECONOMIC_SIDE;
        };
    }

    /** The leading rows that hold words only, up to and including a 栏次 row. */
    static int headerRows(List<GridRow> rows) {
        int count = 0;
        for (GridRow row : rows) {
            if (row.joined().startsWith("栏次") || row.texts().contains("栏次")) {
                return count + 1;
            }
            if (isDataRow(row) || row.isBlank() && count > 0) {
                return count;
            }
            count++;
        }
        return count;
    }

    private static boolean isDataRow(GridRow row) {
        if (isTotalRow(row)) {
            return true;
        }
        for (String text : row.texts()) {
            if (text.isEmpty()) {
                continue;
            }
            if (Amounts.isAmount(text) && (text.contains(".") || text.contains(",") || Codes.isCode(text))
                    || ORDINAL.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /** 合计 in the first cells with nothing but amounts after it; as a header, 合计 sits among other labels. */
    private static boolean isTotalRow(GridRow row) {
        List<String> texts = row.texts().stream().filter(t -> !t.isEmpty()).toList();
        int first = row.texts().indexOf(texts.isEmpty() ? "" : texts.get(0));
        return !texts.isEmpty() && first <= 1 && TOTAL.matcher(texts.get(0)).matches()
                && texts.subList(1, texts.size()).stream().allMatch(Amounts::isAmount);
    }

    private static List<String> labels(Grid grid, int headerRows) {
        List<String> labels = new ArrayList<>();
        for (int j = 0; j < grid.columnCount(); j++) {
            List<String> parts = new ArrayList<>();
            int lastPartRow = -2;
            for (int r = 0; r < headerRows; r++) {
                GridRow row = grid.rows().get(r);
                String text = row.text(row.spanStart()[j]).replace(" ", "");
                boolean columnNumbers = row.joined().startsWith("栏次");
                // brackets drawn a little higher than their words fall into the band above: () is no label
                if (!WORDS.matcher(text).find() || columnNumbers
                        || !parts.isEmpty() && parts.get(parts.size() - 1).equals(text)) {
                    continue;
                }
                // A label wrapped inside one merged cell spans two bands with no line between them.
                if (row.openTop()[row.spanStart()[j]] && lastPartRow == r - 1) {
                    parts.set(parts.size() - 1, parts.get(parts.size() - 1) + text);
                } else {
                    parts.add(text);
                }
                lastPartRow = r;
            }
            // 栏次 printed in a row that does not say so (1 | 2 | 3 …) is no part of a label.
            while (parts.size() > 1 && COLUMN_NUMBER.matcher(parts.get(parts.size() - 1)).matches()) {
                parts.remove(parts.size() - 1);
            }
            labels.add(String.join("/", parts));
        }
        return labels;
    }

    private static ColumnRole role(String label) {
        String leaf = label.substring(label.lastIndexOf('/') + 1);
        if (label.isEmpty() || SKIP_LABEL.matcher(leaf).matches()) {
            return label.isEmpty() ? ColumnRole.VALUE : ColumnRole.SKIP;
        }
        if (leaf.equals("类") || leaf.equals("款") || leaf.equals("项")) {
            return ColumnRole.CODE_PART;
        }
        if (CODE_LABEL.matcher(leaf).find()) {
            return ColumnRole.CODE;
        }
        return NAME_LABEL.matcher(leaf).matches() ? ColumnRole.NAME : ColumnRole.VALUE;
    }

    /**
     * A new group starts where a half's key columns (code parts or name) follow the amounts of the previous half,
     * or at a second name column that does not continue the first (a merged 项目名称). A half may print its codes
     * before its name (决算 基本支出表: 类 | 款 | 科目名称 | 决算数 twice side by side).
     */
    private static int[] groups(List<String> labels, List<ColumnRole> roles) {
        int[] groups = new int[labels.size()];
        int group = 0;
        boolean named = false;
        boolean valued = false;
        for (int j = 0; j < labels.size(); j++) {
            ColumnRole role = roles.get(j);
            ColumnRole previous = j > 0 ? roles.get(j - 1) : null;
            boolean name = role == ColumnRole.NAME;
            boolean key = name || role == ColumnRole.CODE || role == ColumnRole.CODE_PART;
            boolean continuesName = name && previous == ColumnRole.NAME && labels.get(j).equals(labels.get(j - 1));
            boolean afterAmounts = previous == ColumnRole.VALUE || previous == ColumnRole.SKIP;
            // a half has amounts of its own: 科目名称 | 序号 | 项目名称 | 预算数 (上海) is one row naming its project
            if (named && valued && key && (afterAmounts || name && previous == ColumnRole.NAME && !continuesName)) {
                group++;
                named = false;
                valued = false;
            }
            named |= name;
            valued |= role == ColumnRole.VALUE;
            groups[j] = group;
        }
        return groups;
    }
}

package io.budgetwatch.parse.tables;

/**
 * One leaf column of a grid: its role, canonical key, printed label, the side of a two-sided table, and its group
 * (a name column and the value columns after it; 江苏 收支总表 has three: 收入 | 支出 功能分类 | 支出 用途).
 */
public record ColumnSpec(int index, ColumnRole role, String key, String label, String side, int group) {
    /** A 数量 column counts things (平方米, 台, 件), not money. */
    boolean isQuantity() {
        return leaf().equals("数量");
    }

    /** A 计量单位 column prints the unit of the row's 数量 (采购 tables). */
    boolean isMeasureUnit() {
        return leaf().equals("计量单位");
    }

    private String leaf() {
        return label.substring(label.lastIndexOf('/') + 1);
    }
}

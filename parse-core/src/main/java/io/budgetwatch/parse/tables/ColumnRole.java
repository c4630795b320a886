package io.budgetwatch.parse.tables;

/** What a printed column holds. */
public enum ColumnRole {
    /** 序号 / 栏次: layout only. */
    SKIP,
    /** A whole classification code (科目编码). */
    CODE,
    /** One part of a split code (类, 款 or 项). */
    CODE_PART,
    /** The row name (项目, 科目名称). */
    NAME,
    /** Amounts (or text) under a column key. */
    VALUE
}

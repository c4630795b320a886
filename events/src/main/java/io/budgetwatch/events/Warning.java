package io.budgetwatch.events;

import java.util.List;

/** Something the reader could not do, or did with low confidence; {@code page} is null when not page-bound. */
public record Warning(String code, String message, Integer page) {
    /** A table whose own check failed; the table itself carries the reasons. */
    public static final String SUSPECT_TABLE = "suspect_table";
    /** A table the explanatory text refers to but the document lacks. */
    public static final String REFERENCED_TABLE_MISSING = "referenced_table_missing";
    /** A standard table the document says it does not publish ({@link Quality#tablesDeclaredAbsent()}). */
    public static final String TABLE_DECLARED_ABSENT = "table_declared_absent";
    /** Warnings about what the document contains, not about how well it was read: they cast no doubt on a table. */
    public static final List<String> ABOUT_CONTENT = List.of(REFERENCED_TABLE_MISSING, TABLE_DECLARED_ABSENT);
}

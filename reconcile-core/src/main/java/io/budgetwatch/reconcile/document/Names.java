package io.budgetwatch.reconcile.document;

import io.budgetwatch.events.ChineseNames;

/** Chinese names a reader of the PDF knows; stated once, in the contract ({@link ChineseNames}). */
public final class Names {
    private Names() {
    }

    public static String table(String type) {
        return ChineseNames.table(type);
    }

    public static String figure(String keyFigureName) {
        return ChineseNames.figure(keyFigureName);
    }

    /** The usual name of a canonical column, for columns the reader kept no label for. */
    public static String column(String key) {
        return ChineseNames.column(key);
    }
}

package io.budgetwatch.parse.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.budgetwatch.parse.grid.GridRow;

/**
 * A row cut by a page break: the first row on the new page carries the rest of the last row of the previous page
 * ({@code 1700.} / {@code 00}, or the tail of a wrapped name) and has no 序号 or code of its own.
 */
final class RowSplit {
    private RowSplit() {
    }

    /** The tail of a wrapped name is short and carries no ordinal (一、 / 1.) of its own. */
    private static final Pattern NAME_TAIL = Pattern.compile("^(?![一二三四五六七八九十]+、|\\d+[.、])\\S{1,8}$");

    static boolean continues(ColumnLayout layout, GridRow last, GridRow first) {
        boolean nameTailOnly = true;
        boolean cutNumber = false;
        boolean ownKey = false;
        boolean lastHasKey = false;
        for (ColumnSpec column : layout.columns()) {
            String lastText = last.text(column.index());
            String firstText = first.text(column.index());
            if (column.role() == ColumnRole.VALUE && lastText.matches(".*\\d[.,]$")) {
                cutNumber = true;
            }
            if (!firstText.isEmpty() && (column.role() != ColumnRole.NAME || !NAME_TAIL.matcher(firstText).matches())) {
                nameTailOnly = false;
            }
            if (column.role() == ColumnRole.SKIP || column.role() == ColumnRole.CODE || column.role() == ColumnRole.CODE_PART) {
                ownKey |= !firstText.isEmpty();
                lastHasKey |= !lastText.isEmpty();
            }
        }
        return cutNumber || lastHasKey && !ownKey || nameTailOnly && !first.isBlank();
    }

    static GridRow join(GridRow last, GridRow first) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < last.texts().size(); i++) {
            texts.add(last.text(i) + first.text(i));
        }
        // The row stays where it starts: its page, and its band there, locate its cells.
        return new GridRow(last.top(), last.bottom(), texts, last.spanStart(), last.openTop(), last.textLeft());
    }
}

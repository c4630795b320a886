package io.budgetwatch.parse.tables;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.budgetwatch.events.Row;
import io.budgetwatch.events.RowNames;
import io.budgetwatch.events.RowRole;
import io.budgetwatch.events.RowRoles;

/**
 * A printed {@code 其中：} introduces a list, not one row: the rows after it are subsets of the same parent until a
 * row at the parent's level (“三公” table: 其中：教学科研人员因公出国(境)费 / 其他因公出国(境)费 / 二、公务用车…).
 * A row is at the parent's level when it is numbered (一、 1、 (一)), coded, a total, a carry-over line or blank.
 */
final class SubsetGroups {
    private SubsetGroups() {
    }

    static List<Row> mark(List<Row> rows) {
        Set<String> openSides = new HashSet<>();
        List<Row> out = new ArrayList<>();
        for (Row row : rows) {
            String side = Objects.toString(row.side(), "");
            if (row.subset()) {
                openSides.add(side);
                out.add(row);
            } else if (openSides.contains(side) && !atParentLevel(row)) {
                out.add(row.withRole(RowRole.SUBSET));
            } else {
                openSides.remove(side);
                out.add(row);
            }
        }
        return out;
    }

    private static boolean atParentLevel(Row row) {
        String name = RowNames.normalise(row.name());
        return row.code() != null || name.isEmpty() || RowNames.ordinalDepth(row.name()) > 0
                || RowRoles.closesList(name);
    }
}

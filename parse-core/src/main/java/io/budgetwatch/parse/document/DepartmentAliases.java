package io.budgetwatch.parse.document;

import java.util.Map;

/**
 * One canonical name per department, so department keys match across years: a department prints its name in full
 * one year and abbreviated the next (中国共产党江苏省委员会办公厅 / 中共江苏省委办公厅 / 江苏省委办公厅). The aliases
 * are data ({@code department-aliases.tsv}), not code.
 */
final class DepartmentAliases {
    private static final Map<String, String> CANONICAL = Tsv.load(DepartmentAliases.class, "department-aliases.tsv");

    private DepartmentAliases() {
    }

    /** The canonical name of {@code printed}, or {@code printed} itself when it has no alias. */
    static String canonical(String printed) {
        return printed == null ? null : CANONICAL.getOrDefault(printed, printed);
    }
}

package io.budgetwatch.reconcile.document;

import io.budgetwatch.events.Row;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parent and children among coded rows: functional 类 ⊃ 款 ⊃ 项 (206 ⊃ 20601 ⊃ 2060101) and economic 类 ⊃ 款
 * (301 ⊃ 30101). A row's parent is its printed {@code parentCode} when that row is in the table, else the row with
 * the longest code that is a proper prefix of its own — hierarchy is carried by code length where nothing else says
 * so. 其中 (subset) rows are parts of their predecessor, never children.
 */
public final class CodeHierarchy {
    private final Map<String, Row> byCode = new LinkedHashMap<>();
    private final Map<String, List<Row>> children = new LinkedHashMap<>();
    private final List<Row> roots = new ArrayList<>();

    private CodeHierarchy() {
    }

    public static CodeHierarchy of(List<Row> rows) {
        CodeHierarchy hierarchy = new CodeHierarchy();
        rows.stream().filter(r -> r.code() != null && !r.subset()).forEach(r -> hierarchy.byCode.putIfAbsent(r.code(), r));
        for (Row row : hierarchy.byCode.values()) {
            String parent = hierarchy.parentOf(row);
            if (parent == null) {
                hierarchy.roots.add(row);
            } else {
                hierarchy.children.computeIfAbsent(parent, k -> new ArrayList<>()).add(row);
            }
        }
        return hierarchy;
    }

    private String parentOf(Row row) {
        if (row.parentCode() != null && byCode.containsKey(row.parentCode())) {
            return row.parentCode();
        }
        String code = row.code();
        for (int length = code.length() - 1; length > 0; length--) {
            if (byCode.containsKey(code.substring(0, length))) {
                return code.substring(0, length);
            }
        }
        return null;
    }

    /** Rows with at least one child, in printed order. */
    public List<Row> parents() {
        return byCode.values().stream().filter(r -> children.containsKey(r.code())).toList();
    }

    public List<Row> children(String code) {
        return children.getOrDefault(code, List.of());
    }

    public List<Row> roots() {
        return roots;
    }

    public Iterable<String> codes() {
        return byCode.keySet();
    }
}

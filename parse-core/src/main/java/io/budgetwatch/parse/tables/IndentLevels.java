package io.budgetwatch.parse.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.budgetwatch.events.Row;
import io.budgetwatch.events.RowNames;
import io.budgetwatch.events.RowRole;

/**
 * Levels of an outline printed by indentation only (湖州 财政拨款收支总表: 科学技术支出 / 基础研究 / 实验室及相关设施,
 * neither codes nor numbers): on a side whose rows carry neither, each distinct indentation of the item names is a
 * level, the leftmost 1. A side that numbers or codes any row keeps the levels those give; names that only look
 * indented (centred in their cells, each at its own x) are left alone.
 */
final class IndentLevels {
    /** Names starting this close together are at one indentation. */
    private static final float SAME_INDENT = 1.5f;
    /** An indentation step is at least this wide: half a character of the usual 9-pt type. */
    private static final float MIN_STEP = 3f;
    private static final int MAX_LEVELS = 4;
    /** Each level holds this many names on average, or the positions are no outline (centred names). */
    private static final int NAMES_PER_LEVEL = 2;

    private IndentLevels() {
    }

    /** {@code nameIndents} gives, per row, how far into its cell its name starts (NaN when not known). */
    static List<Row> apply(List<Row> rows, List<Float> nameIndents) {
        Map<String, List<Integer>> sides = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            sides.computeIfAbsent(Objects.toString(rows.get(i).side(), ""), side -> new ArrayList<>()).add(i);
        }
        List<Row> out = new ArrayList<>(rows);
        for (List<Integer> side : sides.values()) {
            boolean marked = side.stream().map(rows::get)
                    .anyMatch(r -> r.code() != null || RowNames.ordinalDepth(r.name()) > 0);
            List<Integer> items = side.stream().filter(i -> rows.get(i).role() == RowRole.ITEM
                    && !Float.isNaN(nameIndents.get(i))).toList();
            List<Float> indents = indents(items.stream().map(nameIndents::get).toList());
            if (marked || indents.size() < 2 || indents.size() > MAX_LEVELS
                    || items.size() < NAMES_PER_LEVEL * indents.size() || levelOf(nameIndents.get(items.get(0)), indents) != 1) {
                continue;
            }
            for (int i : items) {
                out.set(i, rows.get(i).withLevel(levelOf(nameIndents.get(i), indents)));
            }
        }
        return out;
    }

    /** The distinct indentations, leftmost first; none when two lie closer than an indentation step. */
    private static List<Float> indents(List<Float> indentsOf) {
        List<Float> sorted = indentsOf.stream().sorted().toList();
        List<Float> indents = new ArrayList<>();
        for (float indent : sorted) {
            if (indents.isEmpty() || indent - indents.get(indents.size() - 1) > SAME_INDENT) {
                if (!indents.isEmpty() && indent - indents.get(indents.size() - 1) < MIN_STEP) {
                    return List.of();
                }
                indents.add(indent);
            }
        }
        return indents;
    }

    private static int levelOf(float indent, List<Float> indents) {
        int level = 0;
        for (int k = 0; k < indents.size(); k++) {
            if (indent >= indents.get(k) - SAME_INDENT) {
                level = k + 1;
            }
        }
        return level;
    }
}

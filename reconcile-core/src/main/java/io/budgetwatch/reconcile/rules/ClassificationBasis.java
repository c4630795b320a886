package io.budgetwatch.reconcile.rules;

import io.budgetwatch.reconcile.document.TableView;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether two tables list their rows on the same classification basis, judged by the codes they print rather than
 * by their titles: a 收入总表 by unit (单位编码 309) or by fund source shares almost no code with a 支出总表 by
 * function, and comparing them code by code compares unlike things. A publisher's slip moves or drops a row or two;
 * a different basis leaves most codes unshared.
 */
record ClassificationBasis(List<String> first, List<String> second, List<String> inBoth) {

    static ClassificationBasis of(TableView a, TableView b) {
        List<String> first = new ArrayList<>();
        a.hierarchy().codes().forEach(first::add);
        List<String> second = new ArrayList<>();
        b.hierarchy().codes().forEach(second::add);
        Set<String> both = new LinkedHashSet<>(first);
        both.retainAll(Set.copyOf(second));
        return new ClassificationBasis(first, second, List.copyOf(both));
    }

    /** At least half of all the codes of either table are printed in both. */
    boolean shared() {
        Set<String> union = new LinkedHashSet<>(first);
        union.addAll(second);
        return !inBoth.isEmpty() && inBoth.size() * 2 >= union.size();
    }

    /** At least half of the first table's codes are printed in the second (a part of all funds within all funds). */
    boolean mostlyWithinSecond() {
        return !inBoth.isEmpty() && inBoth.size() * 2 >= first.size();
    }

    List<String> onlyInFirst() {
        return first.stream().filter(c -> !inBoth.contains(c)).toList();
    }

    List<String> onlyInSecond() {
        return second.stream().filter(c -> !inBoth.contains(c)).toList();
    }
}

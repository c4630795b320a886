package io.budgetwatch.reconcile.rules;

import io.budgetwatch.reconcile.document.Figure;
import io.budgetwatch.reconcile.tolerance.Interval;
import io.budgetwatch.reconcile.tolerance.Tolerance;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Items that add up to k times their total (k ≥ 2) are k breakdowns of the same total printed one after another
 * (深圳 收支总表: by function, then by economic class, then 基本/项目; a basic-expenditure table listing 301 and its
 * 30101… at one level). No publisher's slip makes a sum an exact multiple: the items are cut into consecutive runs
 * that each add up to the total, and each run is one relation.
 */
final class Breakdowns {
    private static final int MAX_BREAKDOWNS = 4;

    private Breakdowns() {
    }

    /**
     * The relations to check: the parts as one run when they add up (or are off by anything but a multiple), the
     * consecutive runs when they add up to a multiple, none when a multiple cannot be cut into runs.
     */
    static List<List<Figure>> runs(Figure total, List<Figure> parts) {
        Tolerance.Check whole = Tolerance.sum(total.amount(), parts.stream().map(Figure::amount).toList());
        int multiple = multiple(total, whole);
        if (whole.consistent() || multiple < 2) {
            return List.of(parts);
        }
        List<List<Figure>> runs = new ArrayList<>();
        List<Figure> run = new ArrayList<>();
        for (Figure part : parts) {
            run.add(part);
            if (Tolerance.sum(total.amount(), run.stream().map(Figure::amount).toList()).consistent()) {
                runs.add(List.copyOf(run));
                run.clear();
            }
        }
        boolean cut = runs.size() == multiple && run.stream().allMatch(f -> f.amount() == null
                || f.amount().decimal().signum() == 0);
        return cut ? runs : List.of();
    }

    /** k when the parts' sum is k × the total within k totals' rounding, else 0. */
    private static int multiple(Figure total, Tolerance.Check whole) {
        Interval printed = Interval.of(total.amount());
        BigDecimal value = printed.midpoint();
        if (value.signum() == 0) {
            return 0;
        }
        for (int k = 2; k <= MAX_BREAKDOWNS; k++) {
            BigDecimal off = whole.expected().subtract(value.multiply(BigDecimal.valueOf(k))).abs();
            BigDecimal tolerance = whole.tolerance().add(printed.halfWidth().multiply(BigDecimal.valueOf(k)));
            if (off.compareTo(tolerance) <= 0) {
                return k;
            }
        }
        return 0;
    }
}

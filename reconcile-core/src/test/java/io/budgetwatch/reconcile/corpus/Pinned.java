package io.budgetwatch.reconcile.corpus;

import static io.budgetwatch.reconcile.fixtures.Reports.critical;

import io.budgetwatch.events.Finding;
import io.budgetwatch.events.ReconciliationReport;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/** A critical finding as a corpus suite pins it: rule, page of its first locator, the printed figures in 万元. */
record Pinned(String ruleId, Integer page, BigDecimal actual, BigDecimal expected) {
    private static final Comparator<Pinned> ORDER = Comparator.comparing(Pinned::ruleId)
            .thenComparing(p -> p.page() == null ? 0 : p.page()).thenComparing(p -> p.actual().toPlainString());

    Pinned(String ruleId, int page, String actual, String expected) {
        this(ruleId, page, new BigDecimal(actual).stripTrailingZeros(), new BigDecimal(expected).stripTrailingZeros());
    }

    static Pinned of(Finding finding) {
        return new Pinned(finding.ruleId(), finding.evidence().isEmpty() ? null : finding.evidence().get(0).page(),
                inWan(finding.actual()), inWan(finding.expected()));
    }

    /** The report's critical findings, pinned and in a stable order. */
    static List<Pinned> criticalOf(ReconciliationReport report) {
        return sorted(critical(report).stream().map(Pinned::of).toList());
    }

    static List<Pinned> sorted(List<Pinned> pins) {
        return pins.stream().sorted(ORDER).toList();
    }

    private static BigDecimal inWan(BigDecimal yuan) {
        return yuan == null ? null : yuan.movePointLeft(4).stripTrailingZeros();
    }
}

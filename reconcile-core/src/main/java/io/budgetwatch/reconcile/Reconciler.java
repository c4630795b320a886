package io.budgetwatch.reconcile;

import io.budgetwatch.events.DisclosureParsed;
import io.budgetwatch.events.Finding;
import io.budgetwatch.events.ReconciliationReport;
import io.budgetwatch.events.Severity;
import io.budgetwatch.events.Stats;
import io.budgetwatch.reconcile.document.DocumentView;
import io.budgetwatch.reconcile.report.Fingerprint;
import io.budgetwatch.reconcile.rules.Rule;
import io.budgetwatch.reconcile.rules.RuleCatalogue;
import io.budgetwatch.reconcile.rules.RuleRun;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Runs every catalogued rule over a parsed disclosure and reports what does not hold together. */
public final class Reconciler {
    /** Changes whenever a rule is added, removed or changes meaning, so stored reports say which rules judged them. */
    public static final String RULESET_VERSION = "2025.1";

    private final RuleSettings settings;

    public Reconciler(RuleSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * {@code current} checked with {@code sibling}, the other file of its disclosure, as one when the two are its
     * text and tables halves ({@link DisclosureHalves}); alone otherwise, or when {@code sibling} is null.
     */
    public ReconciliationReport check(DisclosureParsed current, DisclosureParsed sibling,
            DisclosureParsed previousYear) {
        if (sibling == null) {
            return check(current, previousYear);
        }
        return DisclosureHalves.join(current, sibling)
                .map(joined -> DisclosureHalves.locate(check(joined, previousYear), current, sibling))
                .orElseGet(() -> check(current, previousYear));
    }

    /**
     * @param previousYear the same department's disclosure of year − 1 (same kind), or null
     * @return findings (critical first), stats per rule application, {@code resolved} empty (see {@link Supersession})
     */
    public ReconciliationReport check(DisclosureParsed current, DisclosureParsed previousYear) {
        DocumentView doc = new DocumentView(current);
        DocumentView previous = previousYear == null ? null : new DocumentView(previousYear);
        List<Finding> findings = new ArrayList<>();
        int passed = 0;
        int failed = 0;
        int skipped = 0;
        for (Rule rule : RuleCatalogue.rules()) {
            RuleRun run = new RuleRun(rule.description(), doc, previous, settings);
            try {
                rule.check().accept(run);
            } catch (RuntimeException e) {
                // A rule meeting an input its author did not foresee must not cost the document its other findings.
                findings.add(failure(rule.description(), current, e));
                skipped++;
                continue;
            }
            findings.addAll(run.findings());
            Stats stats = run.stats();
            passed += stats.passed();
            failed += stats.failed();
            skipped += stats.skipped();
        }
        findings.sort(Comparator.comparing(Finding::severity)); // stable: rules keep catalogue order within a severity
        return new ReconciliationReport(ReconciliationReport.SCHEMA_VERSION, UUID.randomUUID().toString(),
                current.documentId(), current.departmentKey(), current.department(), current.year(), current.kind(),
                RULESET_VERSION, List.copyOf(findings), List.of(), new Stats(passed + failed + skipped, passed, failed,
                        skipped), Instant.now());
    }

    /** One info finding under the rule's id saying it could not finish, and why: its conclusions are missing. */
    private static Finding failure(RuleDescription rule, DisclosureParsed current, RuntimeException e) {
        String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return new Finding(rule.id(), rule.category().wireName(), Severity.INFO, "规则 " + rule.id()
                + " 未能完成核对（" + reason + "），其结论缺失；请将此文件报告给 budgetwatch 维护者", null, null, null, null,
                List.of(), Fingerprint.of(current.departmentKey(), current.year(), current.kind(), rule.id(),
                        "rule-failure"));
    }

    public List<RuleDescription> catalogue() {
        return RuleCatalogue.rules().stream().map(Rule::description).toList();
    }
}

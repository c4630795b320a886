package io.budgetwatch.reconcile.rules;

import io.budgetwatch.events.Evidence;
import io.budgetwatch.events.Finding;
import io.budgetwatch.events.Severity;
import io.budgetwatch.events.Stats;
import io.budgetwatch.reconcile.RuleDescription;
import io.budgetwatch.reconcile.RuleSettings;
import io.budgetwatch.reconcile.document.DocumentView;
import io.budgetwatch.reconcile.document.Figures;
import io.budgetwatch.reconcile.document.TableView;
import io.budgetwatch.reconcile.report.Fingerprint;
import io.budgetwatch.reconcile.tolerance.Tolerance;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One rule applied to one document: what it may look at, and the tally of its applications. Each subject a rule
 * looks at (a table, a claim, a pair of figures) is one application that passes, fails, or is skipped because the
 * reader flagged a table it needs; a rule with nothing to look at counts as one skipped application.
 */
public final class RuleRun {
    private final RuleDescription rule;
    private final DocumentView doc;
    private final DocumentView previous;
    private final RuleSettings settings;
    private final List<Finding> findings = new ArrayList<>();
    private int passed;
    private int failed;
    private int skipped;

    public RuleRun(RuleDescription rule, DocumentView doc, DocumentView previous, RuleSettings settings) {
        this.rule = rule;
        this.doc = doc;
        this.previous = previous;
        this.settings = settings;
    }

    public DocumentView doc() {
        return doc;
    }

    /** Last year's disclosure of the same department and kind, or null. */
    public DocumentView previous() {
        return previous;
    }

    public RuleSettings settings() {
        return settings;
    }

    public Figures figures() {
        return new Figures(doc);
    }

    /** One application: passes unless {@code body} reports a finding. */
    public void check(Runnable body) {
        int before = findings.size();
        body.run();
        if (findings.size() > before) {
            failed++;
        } else {
            passed++;
        }
    }

    /** One application on a table: run when it is readable, skipped when flagged, nothing when it is absent. */
    public void onTable(String type, Consumer<TableView> body) {
        TableView table = doc.table(type);
        if (table != null) {
            check(() -> body.accept(table));
        } else if (doc.isUnreadable(type)) {
            skip();
        }
    }

    public void skip() {
        skipped++;
    }

    /** Reports a finding with numbers (in 元) from a tolerance check. */
    public void report(String location, String message, Tolerance.Check numbers, List<Evidence> evidence) {
        report(location, message, numbers, evidence, rule.severity());
    }

    /** Reports a finding of a lesser harm than the rule's own (a rounding slip of a critical rule is a warning). */
    public void report(String location, String message, Tolerance.Check numbers, List<Evidence> evidence,
            Severity severity) {
        findings.add(new Finding(rule.id(), rule.category().wireName(), severity, message,
                numbers == null ? null : numbers.expected(), numbers == null ? null : numbers.actual(),
                numbers == null ? null : numbers.difference(), numbers == null ? null : numbers.tolerance(),
                List.copyOf(evidence), Fingerprint.of(doc.parsed().departmentKey(), doc.parsed().year(),
                        doc.parsed().kind(), rule.id(), location)));
    }

    /** Reports a finding that is not arithmetic (a missing table, a contradicting word). */
    public void report(String location, String message, List<Evidence> evidence) {
        report(location, message, null, evidence);
    }

    public List<Finding> findings() {
        return findings;
    }

    public Stats stats() {
        boolean applied = passed + failed + skipped > 0;
        int skips = applied ? skipped : 1;
        return new Stats(passed + failed + skips, passed, failed, skips);
    }
}

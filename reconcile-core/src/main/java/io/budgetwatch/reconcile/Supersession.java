package io.budgetwatch.reconcile;

import io.budgetwatch.events.Finding;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A corrected re-publication of the same department, year and kind supersedes the previous report: a finding whose
 * fingerprint no longer appears is resolved. Fingerprints leave the numbers out, so a problem that is still there
 * with other numbers stays open.
 */
public final class Supersession {
    private Supersession() {
    }

    /** The previous report's findings that the current report no longer shows. */
    public static List<Finding> resolved(List<Finding> previousReportFindings, List<Finding> currentFindings) {
        Set<String> stillOpen = currentFindings.stream().map(Finding::fingerprint).collect(Collectors.toSet());
        return previousReportFindings.stream().filter(f -> !stillOpen.contains(f.fingerprint())).toList();
    }
}

package io.budgetwatch.reconcile;

import io.budgetwatch.events.Claim;
import io.budgetwatch.events.DisclosureParsed;
import io.budgetwatch.events.Finding;
import io.budgetwatch.events.TableTypes;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A corrected re-publication of the same department, year and kind supersedes the previous report: a finding whose
 * fingerprint no longer appears is resolved. Fingerprints leave the numbers out, so a problem that is still there
 * with other numbers stays open. A disclosure published as two files (北京, 江苏: 情况说明 and 报表) has two
 * halves that never supersede each other; a full document supersedes both.
 */
public final class Supersession {
    /** What part of a disclosure one file carries. */
    public enum Part { TEXT, TABLES, FULL }

    private static final int MIN_TEXT_TOPICS = 3;

    private Supersession() {
    }

    /**
     * Standard tables without text, text without standard tables, or both. An explanatory text states figures on
     * several topics (收入, 支出, 三公 …: nine or more in every text of the corpora); the odd figure the reader takes
     * from the words of a 绩效目标表 (北京's 报表: one topic) is no text.
     */
    public static Part partOf(DisclosureParsed disclosure) {
        boolean tables = disclosure.tables() != null
                && disclosure.tables().stream().anyMatch(t -> TableTypes.STANDARD.contains(t.type()));
        boolean text = disclosure.claims() != null
                && disclosure.claims().stream().map(Claim::topic).distinct().count() >= MIN_TEXT_TOPICS;
        return tables == text ? Part.FULL : tables ? Part.TABLES : Part.TEXT;
    }

    /** Whether a newer file of this part replaces an older one of that part (a report stored without one: FULL). */
    public static boolean supersedes(Part newer, Part older) {
        return newer == Part.FULL || newer == (older == null ? Part.FULL : older);
    }

    /** The previous report's findings that the current report no longer shows. */
    public static List<Finding> resolved(List<Finding> previousReportFindings, List<Finding> currentFindings) {
        Set<String> stillOpen = currentFindings.stream().map(Finding::fingerprint).collect(Collectors.toSet());
        return previousReportFindings.stream().filter(f -> !stillOpen.contains(f.fingerprint())).toList();
    }
}

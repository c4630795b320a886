package io.budgetwatch.reconcile.rules;

import io.budgetwatch.events.Claim;
import io.budgetwatch.events.RowNames;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Walks the text's claims topic by topic, naming each by a location that survives re-publication. */
final class Claims {
    interface ClaimCheck {
        void accept(Claim claim, String location);
    }

    private Claims() {
    }

    /**
     * Each claim on one of {@code topics}, located by its topic and normalised subject, and among claims of the same
     * subject by their order: pages move in a re-publication, and a sentence added elsewhere must not move the
     * location (so the fingerprint) of the findings after it.
     */
    static void forEach(RuleRun run, Collection<String> topics, ClaimCheck check) {
        for (String topic : topics) {
            Map<String, Integer> seen = new HashMap<>();
            for (Claim claim : run.doc().claims(topic)) {
                String subject = RowNames.normalise(claim.subject());
                int occurrence = seen.merge(subject, 1, Integer::sum) - 1;
                check.accept(claim, "claim:" + topic + "/" + subject + "#" + occurrence);
            }
        }
    }
}

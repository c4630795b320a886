package io.budgetwatch.reconcile.rules;

import io.budgetwatch.events.Claim;
import java.util.Collection;
import java.util.List;

/** Walks the text's claims topic by topic, naming each by a location that survives re-publication. */
final class Claims {
    interface ClaimCheck {
        void accept(Claim claim, String location);
    }

    private Claims() {
    }

    /** Each claim on one of {@code topics}, located by topic and ordinal (pages move in a re-publication). */
    static void forEach(RuleRun run, Collection<String> topics, ClaimCheck check) {
        for (String topic : topics) {
            List<Claim> claims = run.doc().claims(topic);
            for (int i = 0; i < claims.size(); i++) {
                check.accept(claims.get(i), "claim:" + topic + "#" + i);
            }
        }
    }
}

package io.budgetwatch.reconcile.document;

import io.budgetwatch.events.Claim;
import io.budgetwatch.reconcile.tolerance.Interval;
import java.util.List;
import java.util.function.Function;

/**
 * What the explanatory text states about a key figure, directly or through its stated parts (a 基本支出 the text
 * does not state is still known when it states 人员经费 and 公用经费).
 */
public final class Stated {
    private final DocumentView doc;
    private final Figures figures;

    public Stated(DocumentView doc) {
        this.doc = doc;
        this.figures = new Figures(doc);
    }

    /** The first claim on {@code topic} that states a value, or null. */
    public Claim valueClaim(String topic) {
        return doc.claims(topic).stream().filter(c -> c.value() != null).findFirst().orElse(null);
    }

    /** The first claim on {@code topic} that states a change against last year, or null. */
    public Claim changeClaim(String topic) {
        return doc.claims(topic).stream().filter(c -> new StatedChange(c).stated()).findFirst().orElse(null);
    }

    /** The stated value, else the sum of the stated parts; null when neither is stated. */
    public Interval value(String topic) {
        Claim claim = valueClaim(topic);
        return claim != null ? Interval.of(claim.valueAmount()) : sumOfParts(topic, this::value);
    }

    /** The stated change (signed), else the sum of the parts' stated changes; null when neither is stated. */
    public Interval delta(String topic) {
        Claim claim = changeClaim(topic);
        return claim != null ? new StatedChange(claim).signedDelta() : sumOfParts(topic, this::delta);
    }

    /** The stated parts' sum, with each part stated directly or through its own parts. */
    public Interval sumOfParts(String topic, Function<String, Interval> part) {
        List<String> parts = Figures.COMPOSITIONS.get(topic);
        if (parts == null) {
            return null;
        }
        Interval sum = Interval.ZERO;
        for (String p : parts) {
            Interval value = part.apply(p);
            if (value == null) {
                return null;
            }
            sum = sum.plus(value);
        }
        return sum;
    }

    /**
     * The narrowest known interval of a figure: the table's, else the text's — narrowed to the sum of its stated
     * parts when they agree with it, since parts printed to the cent pin down a total the text rounds (44999 万元 =
     * 695.17 + 44303.83).
     */
    public Interval precise(String topic) {
        Figure table = figures.inTables(topic);
        if (table != null) {
            return Interval.of(table.amount());
        }
        Interval stated = value(topic);
        Interval parts = sumOfParts(topic, this::value);
        if (stated == null || parts == null || !parts.meets(stated)
                || parts.halfWidth().compareTo(stated.halfWidth()) >= 0) {
            return stated;
        }
        return parts;
    }
}

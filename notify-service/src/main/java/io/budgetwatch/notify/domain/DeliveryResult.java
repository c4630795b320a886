package io.budgetwatch.notify.domain;

/**
 * The outcome of sending one group to one receiver: {@code status} is {@value #DELIVERED}, {@value #FAILED} (this
 * attempt; the outbox tries again), {@value #EXPIRED} (given up after the outbox's maximum age) or
 * {@value #SILENCED} (held back by a silence; receiver names the silence) or {@value #INHIBITED}.
 */
public record DeliveryResult(String receiver, String groupKey, int alerts, String status, int attempts,
        String error) {
    public static final String DELIVERED = "delivered";
    public static final String FAILED = "failed";
    public static final String SILENCED = "silenced";
    public static final String EXPIRED = "expired";
    public static final String INHIBITED = "inhibited";

    /** Held back while the firing alert {@code sourceFingerprint} inhibits them; receiver names that alert. */
    public static DeliveryResult inhibited(String sourceFingerprint, String groupKey, int alerts) {
        return new DeliveryResult("inhibited-by:" + sourceFingerprint, groupKey, alerts, INHIBITED, 0, null);
    }

    public static DeliveryResult silenced(String silenceId, String groupKey, int alerts) {
        return new DeliveryResult("silence:" + silenceId, groupKey, alerts, SILENCED, 0, null);
    }

    public boolean delivered() {
        return DELIVERED.equals(status);
    }
}

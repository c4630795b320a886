package io.budgetwatch.notify.domain;

/** The outcome of sending one group to one receiver, after retries. */
public record DeliveryResult(String receiver, String groupKey, int alerts, boolean delivered, int attempts,
        String error) {
}

package io.budgetwatch.notify.receivers;

import io.budgetwatch.notify.domain.DeliveryResult;
import io.budgetwatch.notify.domain.Notification;
import io.smallrye.mutiny.Uni;

/** Somewhere alerts go. A failed delivery is a result, not an exception: it is recorded in the history. */
public interface Receiver {
    String name();

    Uni<DeliveryResult> deliver(Notification notification);

    /**
     * Whether one message may list several groups' alerts, as a chat message can; the batch stage merges waiting
     * groups only for such receivers. Not a webhook: Alertmanager's payload is one group.
     */
    default boolean mergesGroups() {
        return false;
    }
}

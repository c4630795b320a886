package io.budgetwatch.notify.receivers;

import io.budgetwatch.notify.domain.DeliveryResult;
import io.budgetwatch.notify.domain.Notification;
import io.smallrye.mutiny.Uni;

/** Somewhere alerts go. A failed delivery is a result, not an exception: it is recorded in the history. */
public interface Receiver {
    String name();

    Uni<DeliveryResult> deliver(Notification notification);
}

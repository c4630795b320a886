package io.budgetwatch.notify.receivers;

import java.util.List;

import org.jboss.logging.Logger;

import io.budgetwatch.notify.domain.AlertChange;
import io.budgetwatch.notify.domain.DeliveryResult;
import io.budgetwatch.notify.domain.Notification;
import io.smallrye.mutiny.Uni;

/** Writes each alert change to the service log, one line each, for operators tailing it. */
public class LogReceiver implements Receiver {
    private static final Logger LOG = Logger.getLogger("budgetwatch.alerts");

    @Override
    public String name() {
        return "log";
    }

    @Override
    public Uni<DeliveryResult> deliver(Notification notification) {
        String groupKey = notification.groupKey();
        List<AlertChange> group = notification.alerts();
        group.forEach(c -> LOG.infof("[%s] %s %s年 %s (%s/%s): %s", c.status().name().toLowerCase(java.util.Locale.ROOT),
                c.department(), c.year(), c.ruleId(), c.category(), c.severity().name().toLowerCase(java.util.Locale.ROOT),
                c.message()));
        return Uni.createFrom().item(new DeliveryResult(name(), groupKey, group.size(), DeliveryResult.DELIVERED, 1, null));
    }
}

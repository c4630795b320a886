package io.budgetwatch.notify.service;

import java.nio.file.Path;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.budgetwatch.notify.config.NotifyConfig;
import io.budgetwatch.notify.config.RoutesFile;
import io.budgetwatch.notify.domain.Route;

/**
 * The routing tree: from {@code budgetwatch.notify.routes} when set, else every alert to every receiver. A tree
 * naming a receiver that is not configured stops the service at start, rather than queueing for nobody.
 */
@ApplicationScoped
public class Routing {
    @Inject
    NotifyConfig config;

    @Inject
    ReceiverRegistry receivers;

    private Route root;

    @PostConstruct
    void init() {
        root = config.routes().map(String::trim).filter(p -> !p.isEmpty()).map(p -> RoutesFile.load(Path.of(p)))
                .orElseGet(() -> RoutesFile.everyReceiver(receivers.names()));
        List<String> unknown = root.receivers().stream().filter(r -> receivers.receiver(r).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("the routes name receivers that are not configured: " + unknown
                    + " (configured: " + receivers.names() + ")");
        }
    }

    public Route root() {
        return root;
    }
}

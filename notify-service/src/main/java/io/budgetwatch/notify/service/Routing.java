package io.budgetwatch.notify.service;

import java.nio.file.Path;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.budgetwatch.notify.config.NotifyConfig;
import io.budgetwatch.notify.config.RoutesFile;
import io.budgetwatch.notify.domain.InhibitRule;
import io.budgetwatch.notify.domain.Route;

/**
 * The routing tree and inhibit rules: from {@code budgetwatch.notify.routes} when set, else every alert to every
 * receiver with the default inhibit rules. A tree
 * naming a receiver that is not configured stops the service at start, rather than queueing for nobody.
 */
@ApplicationScoped
public class Routing {
    @Inject
    NotifyConfig config;

    @Inject
    ReceiverRegistry receivers;

    private Route root;
    private List<InhibitRule> inhibitRules;

    @PostConstruct
    void init() {
        RoutesFile.Routes routes = config.routes().map(String::trim).filter(p -> !p.isEmpty())
                .map(p -> RoutesFile.load(Path.of(p)))
                .orElseGet(() -> new RoutesFile.Routes(RoutesFile.everyReceiver(receivers.names()),
                        InhibitRule.DEFAULTS));
        root = routes.root();
        inhibitRules = routes.inhibitRules();
        List<String> unknown = root.receivers().stream().filter(r -> receivers.receiver(r).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("the routes name receivers that are not configured: " + unknown
                    + " (configured: " + receivers.names() + ")");
        }
    }

    public Route root() {
        return root;
    }

    public List<InhibitRule> inhibitRules() {
        return inhibitRules;
    }
}

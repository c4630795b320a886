package io.budgetwatch.notify.service;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.budgetwatch.notify.config.NotifyConfig;
import io.budgetwatch.notify.domain.BatchStage;
import io.budgetwatch.notify.domain.NotifyPipeline;
import io.budgetwatch.notify.domain.RateLimitStage;
import io.budgetwatch.notify.domain.RetryStage;

/** The notify pipeline's stages, composed once from the configuration and the routes file's inhibit rules. */
@ApplicationScoped
public class Pipeline {
    @Inject
    NotifyConfig config;

    @Inject
    Routing routing;

    private NotifyPipeline pipeline;

    @PostConstruct
    void init() {
        NotifyConfig.Outbox outbox = config.outbox();
        pipeline = NotifyPipeline.of(routing.inhibitRules(),
                RateLimitStage.parse(config.rateLimit().perWindow(), config.rateLimit().window()),
                new BatchStage(config.rateLimit().mergeMaxGroups()),
                new RetryStage(outbox.initialBackoff(), outbox.multiplier(), outbox.maxBackoff(), outbox.maxAge()));
    }

    public NotifyPipeline get() {
        return pipeline;
    }
}

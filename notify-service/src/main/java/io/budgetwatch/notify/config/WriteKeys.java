package io.budgetwatch.notify.config;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.budgetwatch.notify.domain.ApiKeys;

/**
 * The API keys of {@code budgetwatch.notify.api-keys}, read at run time: the REST filter that uses them is built
 * while the application starts, before configuration mappings can be injected.
 */
@ApplicationScoped
public class WriteKeys {
    @Inject
    NotifyConfig config;

    private ApiKeys keys;

    @PostConstruct
    void init() {
        keys = ApiKeys.parse(config.apiKeys().orElse(List.of()));
    }

    public ApiKeys keys() {
        return keys;
    }
}

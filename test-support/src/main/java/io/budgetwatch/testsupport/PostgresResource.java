package io.budgetwatch.testsupport;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Points the Quarkus application under test at the {@link TestPostgres} server. */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {
    @Override
    public Map<String, String> start() {
        TestPostgres.Connection connection = TestPostgres.connection();
        return Map.of(
                "quarkus.datasource.reactive.url", connection.reactiveUrl(),
                "quarkus.datasource.username", connection.username(),
                "quarkus.datasource.password", connection.password());
    }

    @Override
    public void stop() {
        // The server outlives the application: the next test class reuses it; a shutdown hook stops it.
    }
}

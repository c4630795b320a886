package io.budgetwatch.testsupport;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Points the Quarkus application under test at the shared {@link EmbeddedKafka} broker. */
public class EmbeddedKafkaResource implements QuarkusTestResourceLifecycleManager {
    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", EmbeddedKafka.bootstrapServers());
    }

    @Override
    public void stop() {
        // The broker outlives the application: the next test class reuses it; a shutdown hook stops it.
    }
}

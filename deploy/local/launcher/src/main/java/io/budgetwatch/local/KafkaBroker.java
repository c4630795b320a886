package io.budgetwatch.local;

import java.nio.file.Path;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;

/**
 * A single-node KRaft broker in this JVM, from the Kafka jars on the launcher's class path (no download, no
 * container). Its data lives in the state directory and is deleted when it stops. Topics are created as the services
 * first use them, each with the broker's partition count, DLQs included.
 */
final class KafkaBroker implements AutoCloseable {
    /** parse-service and reconcile-service produce records up to 10 MiB (a parsed disclosure is large). */
    private static final String MAX_MESSAGE_BYTES = String.valueOf(10 * 1024 * 1024 + 1024);

    private final EmbeddedKafkaBroker broker;

    private KafkaBroker(EmbeddedKafkaBroker broker) {
        this.broker = broker;
    }

    static KafkaBroker start(Path dataDir, int partitions) throws StageFailure {
        try {
            EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker()
                    .withDeleteLogDirsOnClose(true)
                    .withAdditionalProperties(p -> {
                        p.put("log.dir", dataDir.toString());
                        p.put("message.max.bytes", MAX_MESSAGE_BYTES);
                        p.put("num.partitions", String.valueOf(partitions));
                        // consumers of a fresh group start at once instead of waiting for more members
                        p.put("group.initial.rebalance.delay.ms", "0");
                    })
                    .start();
            return new KafkaBroker(broker);
        } catch (RuntimeException e) {
            throw new StageFailure("kafka", "the KRaft broker did not start: " + e, e);
        }
    }

    String bootstrapServers() {
        return broker.getAdvertisedListeners();
    }

    @Override
    public void close() {
        broker.close();
    }
}

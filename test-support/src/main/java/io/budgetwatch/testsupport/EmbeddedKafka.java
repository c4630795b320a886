package io.budgetwatch.testsupport;

import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;

/**
 * One real in-process KRaft broker per test JVM, shared by every test class (starting one takes seconds; Quarkus
 * test resources come and go per class).
 */
public final class EmbeddedKafka {
    private static EmbeddedKafkaBroker broker;
    private static KafkaCompanion companion;

    private EmbeddedKafka() {
    }

    public static synchronized String bootstrapServers() {
        if (broker == null) {
            broker = new EmbeddedKafkaBroker()
                    .withDeleteLogDirsOnClose(true)
                    .withAdditionalProperties(p -> {
                        p.put("num.partitions", "3");
                        p.put("group.initial.rebalance.delay.ms", "0");
                        // DisclosureParsed of a long document can exceed the 1 MB default.
                        p.put("message.max.bytes", "10485760");
                    })
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "embedded-kafka-stop"));
        }
        return broker.getAdvertisedListeners();
    }

    /** A companion on the shared broker, for tests to produce and consume records. */
    public static synchronized KafkaCompanion companion() {
        if (companion == null) {
            companion = new KafkaCompanion(bootstrapServers());
        }
        return companion;
    }
}

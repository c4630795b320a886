package io.budgetwatch.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Reading and writing the shared test broker's topics as JSON strings. */
public final class Topics {
    private Topics() {
    }

    public static void send(String topic, String key, String json) {
        EmbeddedKafka.companion().produceStrings().fromRecords(new ProducerRecord<>(topic, key, json))
                .awaitCompletion();
    }

    /** Every record on {@code topic} (from the beginning) that matches, after reading for {@code during}. */
    public static List<ConsumerRecord<String, String>> read(String topic, Duration during,
            Predicate<ConsumerRecord<String, String>> matching) {
        return EmbeddedKafka.companion().consumeStrings().fromTopics(topic, during).awaitCompletion().getRecords()
                .stream().filter(matching).toList();
    }

    /** The first record on {@code topic} that matches, waiting up to {@code timeout}; fails the test otherwise. */
    public static ConsumerRecord<String, String> await(String topic, Duration timeout,
            Predicate<ConsumerRecord<String, String>> matching) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            List<ConsumerRecord<String, String>> found = read(topic, Duration.ofSeconds(3), matching);
            if (!found.isEmpty()) {
                return found.get(0);
            }
        }
        throw new AssertionError("no matching record on " + topic + " within " + timeout);
    }

    /** Records whose JSON value mentions {@code text} (e.g. a documentId). */
    public static Predicate<ConsumerRecord<String, String>> mentioning(String text) {
        return r -> r.value() != null && r.value().contains(text);
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}

package io.budgetwatch.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.budgetwatch.events.Topics;

class KafkaBrokerTest {
    private static final Path K8S_TOPICS = Path.of("..", "..", "k8s", "base", "kafka", "topics.yaml");

    @Test
    void everyTopicAServiceCreatesHasTheConfiguredPartitionsSoSeveralInstancesShareTheWork(@TempDir Path dir)
            throws Exception {
        try (KafkaBroker broker = KafkaBroker.start(dir, 4);
                KafkaProducer<String, String> producer = producer(broker.bootstrapServers());
                Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                        broker.bootstrapServers()))) {
            // As a service's first record creates it: a topic and its dead-letter topic.
            List<String> topics = List.of(Topics.DOCUMENTS, Topics.deadLetterOf(Topics.DOCUMENTS));
            for (String topic : topics) {
                producer.send(new ProducerRecord<>(topic, "key", "{}")).get(30, TimeUnit.SECONDS);
            }
            Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames()
                    .get(30, TimeUnit.SECONDS);
            for (String topic : topics) {
                assertEquals(4, described.get(topic).partitions().size(), topic);
            }
        }
    }

    @Test
    void theLocalDefaultIsThePartitionCountOfTheKubernetesTopics() throws Exception {
        Matcher partitions = Pattern.compile("(?m)^\\s*partitions:\\s*(\\d+)").matcher(Files.readString(K8S_TOPICS));
        boolean any = false;
        while (partitions.find()) {
            any = true;
            assertEquals(LaunchOptions.DEFAULT_PARTITIONS, Integer.parseInt(partitions.group(1)), K8S_TOPICS.toString());
        }
        assertTrue(any, "no partitions in " + K8S_TOPICS);
    }

    private static KafkaProducer<String, String> producer(String bootstrap) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
    }
}

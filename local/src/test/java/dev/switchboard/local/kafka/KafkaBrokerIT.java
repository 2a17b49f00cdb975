package dev.switchboard.local.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.switchboard.events.Topic;
import dev.switchboard.local.Ports;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerIT {

    @TempDir
    Path folder;

    @Test
    void shouldKeepRecordsAndTopicsAcrossARestartOnTheSameFolder() throws Exception {
        Ports ports = Ports.randomFree();
        String value = "hello-" + UUID.randomUUID();

        try (KafkaBroker broker = KafkaBroker.start(folder, ports.kafka(), ports.kafkaController())) {
            assertThat(new TopicProvisioner(broker.bootstrapServers()).provisionAll())
                    .hasSize(Topic.values().length);
            produce(broker.bootstrapServers(), "tickets.events", "t-1", value);
            assertThat(consumeAll(broker.bootstrapServers(), "tickets.events", 1)).containsExactly(value);
        }

        try (KafkaBroker again = KafkaBroker.start(folder, ports.kafka(), ports.kafkaController())) {
            assertThat(consumeAll(again.bootstrapServers(), "tickets.events", 1)).containsExactly(value);
            assertThat(new TopicProvisioner(again.bootstrapServers()).provisionAll())
                    .as("topics of the first run still exist, so provisioning again creates none")
                    .isEmpty();
            assertThat(partitions(again.bootstrapServers(), Topic.ROUTING_EVENTS.topicName()))
                    .isEqualTo(Topic.ROUTING_EVENTS.partitions());
        }
    }

    private static void produce(String bootstrap, String topic, String key, String value) throws Exception {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            var record = new ProducerRecord<>(topic, key, value);
            record.headers().add("ce_id", "t-1:created".getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        }
    }

    /** Reads the topic from the beginning in a fresh group until {@code expected} records arrived. */
    private static List<String> consumeAll(String bootstrap, String topic, int expected) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(Set.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (values.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.value());
                }
            }
        }
        return values;
    }

    private static int partitions(String bootstrap, String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            TopicDescription description = admin.describeTopics(Set.of(topic)).allTopicNames().get().get(topic);
            return description.partitions().size();
        }
    }
}

package dev.switchboard.local.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import dev.switchboard.local.Ports;
import dev.switchboard.local.kafka.KafkaBroker;
import dev.switchboard.local.kafka.TopicProvisioner;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench's wait for the services: a group that read everything is caught up, transactions or not. */
class ConsumerLagIT {

    private static final String TOPIC = "routing.events";

    @TempDir
    Path folder;

    @Test
    void shouldCountUnreadRecordsAndNoneOnceAGroupReadATransactionsRecordsBeforeItsCommitMarker() throws Exception {
        Ports ports = Ports.randomFree();
        try (KafkaBroker broker = KafkaBroker.start(folder, ports.kafka(), ports.kafkaController());
             ConsumerLag lag = new ConsumerLag(broker.bootstrapServers())) {
            new TopicProvisioner(broker.bootstrapServers()).provisionAll();
            produceInOneTransaction(broker.bootstrapServers(), 5);
            commitFirst(broker.bootstrapServers(), 2);

            long behind = lag.total();
            commitFirst(broker.bootstrapServers(), 5);
            long caughtUp = lag.total();

            assertThat(behind).isEqualTo(3);
            assertThat(caughtUp).as("a read_committed group that read all five records (the marker is one more offset)")
                    .isZero();
        }
    }

    private static void produceInOneTransaction(String bootstrap, int records) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "lag-it",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.initTransactions();
            producer.beginTransaction();
            for (int i = 0; i < records; i++) {
                producer.send(new ProducerRecord<>(TOPIC, 0, "t-" + i, "assigned " + i));
            }
            producer.commitTransaction();
        }
    }

    /** Reads partition 0 as a service does (read_committed) and commits after the first {@code count} records. */
    private static void commitFirst(String bootstrap, int count) {
        Map<String, Object> config = new HashMap<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "routing-readers",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
        TopicPartition partition = new TopicPartition(TOPIC, 0);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.assign(Set.of(partition));
            consumer.seekToBeginning(Set.of(partition));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            int read = 0;
            long next = 0;
            while (read < count && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (read < count) {
                        read++;
                        next = record.offset() + 1;
                    }
                }
            }
            // what Spring Kafka commits: the offset after the last record the listener handled
            consumer.commitSync(Map.of(partition, new OffsetAndMetadata(next)));
        }
    }
}

package dev.switchboard.local.tap;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads topics from their beginning on a background thread and keeps every record as an {@link ObservedEvent}: the
 * raw ground truth that the bench measures latencies from and the fault suite audits. It uses no consumer group
 * (partitions are assigned), so it never disturbs the services' groups, and it rides out a broker restart as any
 * client does, by reconnecting.
 */
public final class EventTap implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EventTap.class);
    private static final Duration POLL = Duration.ofMillis(200);

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final JsonMapper json = JsonMapper.builder().build();
    private final List<ObservedEvent> events = new ArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    private EventTap(String bootstrapServers, Collection<String> topics) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000,
                // routing.events is written in transactions: an audit must not count a fenced leader's aborted ones
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.CLIENT_ID_CONFIG, "switchboard-tap");
        consumer = new KafkaConsumer<>(config);
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            consumer.partitionsFor(topic, Duration.ofSeconds(30))
                    .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        thread = Thread.ofPlatform().name("event-tap").daemon(true).start(this::run);
    }

    /** Starts reading {@code topics} from their first records. */
    public static EventTap start(String bootstrapServers, Collection<String> topics) {
        return new EventTap(bootstrapServers, topics);
    }

    private void run() {
        try {
            while (running) {
                List<ObservedEvent> batch = new ArrayList<>();
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                    batch.add(observe(record));
                }
                if (!batch.isEmpty()) {
                    synchronized (events) {
                        events.addAll(batch);
                    }
                }
            }
        } catch (WakeupException e) {
            // close() woke the poll up
        } catch (RuntimeException e) {
            log.warn("The event tap stopped reading: {}", e.toString());
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private ObservedEvent observe(ConsumerRecord<byte[], byte[]> record) {
        String key = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
        Map<String, String> data = new LinkedHashMap<>();
        boolean readable = true;
        try {
            JsonNode value = record.value() == null ? null : json.readTree(record.value());
            if (value != null && value.isObject()) {
                value.properties().forEach(field -> {
                    if (field.getValue().isValueNode() && !field.getValue().isNull()) {
                        data.put(field.getKey(), field.getValue().asString());
                    }
                });
            } else {
                readable = value != null;
            }
        } catch (JacksonException e) {
            readable = false;
        }
        return new ObservedEvent(record.topic(), record.partition(), record.offset(), key,
                header(record, "ce_id"), header(record, "ce_type"), record.timestamp(), data, readable,
                record.value() == null ? 0 : record.value().length);
    }

    /** Producers write {@code ce_id}; a record written through Spring Cloud Function may carry {@code ce-id}. */
    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        if (header == null) {
            header = record.headers().lastHeader(name.replace('_', '-'));
        }
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** A copy of everything read so far, in the order read (per partition: the topic's order). */
    public List<ObservedEvent> events() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    public long count(Predicate<ObservedEvent> filter) {
        synchronized (events) {
            return events.stream().filter(filter).count();
        }
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package dev.switchboard.gateway.stream.kafka;

import dev.switchboard.gateway.stream.FeedStatus;
import dev.switchboard.gateway.stream.fanout.LiveEventHub;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The one reader of the event topics for this gateway instance. It assigns itself every partition (no consumer group:
 * each instance must see every event, and nothing is committed because a restarted gateway streams from "now") and
 * starts at the latest offsets. Its own thread, so a Kafka that does not answer delays nothing else: the gateway
 * starts and serves the API, and the stream says UNAVAILABLE until Kafka answers.
 */
final class KafkaEventFeed implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(KafkaEventFeed.class);
    private static final Duration POLL = Duration.ofMillis(500);
    /** Partitions are looked up again this often: new ones are picked up, and a broker that went away is noticed. */
    private static final Duration METADATA_REFRESH = Duration.ofSeconds(30);

    private final Supplier<Consumer<String, byte[]>> consumers;
    private final CloudEventRecords records;
    private final LiveEventHub hub;
    private final StreamProperties properties;
    private volatile Thread thread;
    private volatile Consumer<String, byte[]> current;
    private volatile boolean running;

    KafkaEventFeed(Supplier<Consumer<String, byte[]>> consumers, CloudEventRecords records, LiveEventHub hub,
                   StreamProperties properties) {
        this.consumers = consumers;
        this.records = records;
        this.hub = hub;
        this.properties = properties;
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().name("gateway-stream-feed").daemon().start(this::run);
    }

    @Override
    public void stop() {
        running = false;
        Consumer<String, byte[]> consumer = current;
        if (consumer != null) {
            consumer.wakeup();
        }
        Thread reader = thread;
        if (reader != null) {
            reader.interrupt();
            try {
                reader.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        while (running) {
            try (Consumer<String, byte[]> consumer = consumers.get()) {
                current = consumer;
                read(consumer);
            } catch (WakeupException e) {
                return;
            } catch (KafkaException | IllegalStateException e) {
                hub.status(FeedStatus.UNAVAILABLE);
                log.warn("Live stream: Kafka did not answer ({}); trying again in {}", e.getMessage(),
                        properties.retryBackoff());
            } finally {
                current = null;
            }
            if (!pause()) {
                return;
            }
        }
    }

    private void read(Consumer<String, byte[]> consumer) {
        hub.status(FeedStatus.CONNECTING);
        Set<TopicPartition> assigned = assign(consumer, Set.of());
        hub.status(FeedStatus.LIVE);
        log.info("Live stream reading {} partitions of {}", assigned.size(), properties.topics());
        long refreshAt = System.nanoTime() + METADATA_REFRESH.toNanos();
        while (running) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                hub.publish(records.read(record));
            }
            if (System.nanoTime() - refreshAt > 0) {
                // a timeout here means the broker is gone: the caller reports UNAVAILABLE and starts over
                assigned = assign(consumer, assigned);
                refreshAt = System.nanoTime() + METADATA_REFRESH.toNanos();
            }
        }
    }

    /** Assigns every partition of the topics; partitions not read before start at their end. */
    private Set<TopicPartition> assign(Consumer<String, byte[]> consumer, Set<TopicPartition> before) {
        Set<TopicPartition> partitions = new HashSet<>();
        for (String topic : properties.topics()) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, properties.metadataTimeout());
            if (infos != null) {
                infos.forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
            }
        }
        if (!partitions.equals(before)) {
            consumer.assign(partitions);
            List<TopicPartition> added = new ArrayList<>(partitions);
            added.removeAll(before);
            consumer.seekToEnd(added);
            // resolve the end offsets now, not at the first poll: "live from here" starts at assignment
            added.forEach(consumer::position);
        }
        return partitions;
    }

    private boolean pause() {
        try {
            Thread.sleep(properties.retryBackoff());
            return running;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static Map<String, Object> consumerProperties(Map<String, Object> boot) {
        Map<String, Object> config = new java.util.HashMap<>(boot);
        // no group: every instance reads everything, commits nothing, and leaves no group behind on the broker
        config.remove("group.id");
        config.put("enable.auto.commit", false);
        config.put("auto.offset.reset", "latest");
        // routing.events is written transactionally (leadership fencing): aborted decisions must never show
        config.put("isolation.level", "read_committed");
        config.put("key.deserializer", org.apache.kafka.common.serialization.StringDeserializer.class);
        config.put("value.deserializer", org.apache.kafka.common.serialization.ByteArrayDeserializer.class);
        config.putIfAbsent("client.id", "gateway-stream");
        // an absent broker is retried by the feed's own loop; the client need not hammer it meanwhile
        config.putIfAbsent("reconnect.backoff.max.ms", 5000);
        return config;
    }
}

package dev.switchboard.local.kafka;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.switchboard.events.Topic;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates every {@link Topic} of the contract with its partition count and replication factor 1, before any service
 * starts, so that no service depends on auto-creation for partition counts. Topics that already exist are left as
 * they are, so provisioning twice is harmless.
 */
public final class TopicProvisioner {

    private static final Logger log = LoggerFactory.getLogger(TopicProvisioner.class);
    private static final short REPLICATION_FACTOR = 1;
    private static final long TIMEOUT_SECONDS = 60;

    private final String bootstrapServers;

    public TopicProvisioner(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Creates the topics that are missing; returns the names of the ones it created. */
    public List<String> provisionAll() {
        List<NewTopic> wanted = Arrays.stream(Topic.values())
                .map(t -> new NewTopic(t.topicName(), t.partitions(), REPLICATION_FACTOR))
                .toList();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            var results = admin.createTopics(wanted).values();
            List<String> created = new java.util.ArrayList<>();
            for (var entry : results.entrySet()) {
                if (createdNow(entry.getKey(), entry.getValue())) {
                    created.add(entry.getKey());
                }
            }
            log.info("Topics ready ({} created now: {})", created.size(), created);
            return created;
        }
    }

    private static boolean createdNow(String topic, org.apache.kafka.common.KafkaFuture<Void> future) {
        try {
            future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return true;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TopicExistsException) {
                return false;
            }
            throw new IllegalStateException("Cannot create topic " + topic + ": " + e.getCause().getMessage(), e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Creating topic " + topic + " timed out", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topic " + topic, e);
        }
    }
}

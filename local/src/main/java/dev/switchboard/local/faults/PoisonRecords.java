package dev.switchboard.local.faults;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import dev.switchboard.events.Topic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Writes records no consumer can read to every topic a service consumes: bytes that are not JSON, and JSON that
 * misses the required fields, each under a real {@code ce_type} so that it is not simply skipped as unknown. The
 * contract wants each sent to its DLQ and the consumer to go on.
 */
final class PoisonRecords {

    static final List<Topic> INPUT_TOPICS = List.of(Topic.TICKETS_INBOUND, Topic.TICKETS_EVENTS, Topic.AGENTS_EVENTS,
            Topic.ROUTING_EVENTS, Topic.SLA_EVENTS);
    private static final Map<Topic, String> TYPES = Map.of(
            Topic.TICKETS_INBOUND, "switchboard.ticket.created.v1",
            Topic.TICKETS_EVENTS, "switchboard.ticket.created.v1",
            Topic.AGENTS_EVENTS, "switchboard.agent.updated.v1",
            Topic.ROUTING_EVENTS, "switchboard.routing.assigned.v1",
            Topic.SLA_EVENTS, "switchboard.sla.breached.v1");

    private PoisonRecords() {
    }

    /** @return how many poison records were written */
    static int feed(String bootstrapServers) {
        int sent = 0;
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.ACKS_CONFIG, "all"))) {
            for (Topic topic : INPUT_TOPICS) {
                for (String value : List.of("\u0000not json at all{", "{\"unexpected\":true}")) {
                    String id = "poison-" + UUID.randomUUID();
                    ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic.topicName(), bytes(id),
                            bytes(value));
                    record.headers().add("ce_specversion", bytes("1.0")).add("ce_id", bytes(id))
                            .add("ce_source", bytes("/switchboard/fault-suite")).add("ce_type", bytes(TYPES.get(topic)))
                            .add("ce_subject", bytes(id)).add("content-type", bytes("application/json"));
                    producer.send(record).get(30, TimeUnit.SECONDS);
                    sent++;
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot write poison records: " + e.getMessage(), e);
        }
        return sent;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

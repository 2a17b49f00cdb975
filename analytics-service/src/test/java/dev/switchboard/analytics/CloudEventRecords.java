package dev.switchboard.analytics;

import dev.switchboard.events.CloudEventHeaders;
import dev.switchboard.events.EventCatalog;
import dev.switchboard.events.EventType;
import org.apache.kafka.clients.producer.ProducerRecord;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Builds Kafka records the way the producing services do: CloudEvents binary mode, headers as UTF-8 bytes. */
public final class CloudEventRecords {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CloudEventRecords() {
    }

    public static ProducerRecord<String, byte[]> record(String ceId, String ticketId, Record event) {
        EventType type = EventCatalog.ALL.stream().filter(t -> t.dataClass() == event.getClass()).findFirst()
                .orElseThrow();
        return record(type.topic().topicName(), ceId, ticketId, type.type(), JSON.writeValueAsBytes(event));
    }

    public static ProducerRecord<String, byte[]> record(String topic, String ceId, String ticketId, String type,
                                                        byte[] value) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, ticketId, value);
        header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(record, CloudEventHeaders.ID, ceId);
        header(record, CloudEventHeaders.SOURCE, "/switchboard/test");
        header(record, CloudEventHeaders.TYPE, type);
        header(record, CloudEventHeaders.TIME, Instant.now().toString());
        header(record, CloudEventHeaders.SUBJECT, ticketId);
        header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return record;
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}

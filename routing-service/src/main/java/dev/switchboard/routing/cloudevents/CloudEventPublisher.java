package dev.switchboard.routing.cloudevents;

import dev.switchboard.events.CloudEventHeaders;
import dev.switchboard.routing.config.RoutingProperties;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/** Writes events in CloudEvents binary mode: the JSON data as value, the envelope as UTF-8 headers. */
@Component
public class CloudEventPublisher {

    private final KafkaTemplate<String, byte[]> template;
    private final JsonMapper jsonMapper;
    private final String source;

    public CloudEventPublisher(KafkaTemplate<String, byte[]> cloudEventsTemplate, JsonMapper jsonMapper,
                               RoutingProperties properties) {
        this.template = cloudEventsTemplate;
        this.jsonMapper = jsonMapper;
        this.source = properties.eventSource();
    }

    /** Completes once the broker acknowledged the record. */
    public CompletableFuture<SendResult<String, byte[]>> publish(OutgoingEvent event) {
        return template.send(record(event));
    }

    /** The event as a Kafka record in binary mode, for producers this class does not own (the transactional one). */
    public ProducerRecord<String, byte[]> record(OutgoingEvent event) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(headers, CloudEventHeaders.ID, event.id());
        header(headers, CloudEventHeaders.SOURCE, source);
        header(headers, CloudEventHeaders.TYPE, event.type());
        header(headers, CloudEventHeaders.TIME, event.time().toString());
        header(headers, CloudEventHeaders.SUBJECT, event.subject());
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        byte[] value = jsonMapper.writeValueAsBytes(body(event));
        return new ProducerRecord<>(event.topic().topicName(), null, event.key(), value, headers);
    }

    private Object body(OutgoingEvent event) {
        if (event.extraFields().isEmpty()) {
            return event.data();
        }
        ObjectNode node = jsonMapper.valueToTree(event.data());
        event.extraFields().forEach((name, value) -> {
            if (!node.has(name)) {
                node.set(name, jsonMapper.valueToTree(value));
            }
        });
        return node;
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}

package dev.switchboard.routing.cloudevents;

import dev.switchboard.events.CloudEventHeaders;
import dev.switchboard.routing.config.RoutingProperties;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.beans.factory.ObjectProvider;
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
    private final ObjectProvider<Tracer> tracer;
    private final ObjectProvider<Propagator> propagator;

    public CloudEventPublisher(KafkaTemplate<String, byte[]> cloudEventsTemplate, JsonMapper jsonMapper,
                               RoutingProperties properties, ObjectProvider<Tracer> tracer,
                               ObjectProvider<Propagator> propagator) {
        this.template = cloudEventsTemplate;
        this.jsonMapper = jsonMapper;
        this.source = properties.eventSource();
        this.tracer = tracer;
        this.propagator = propagator;
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
        carryTrace(headers);
        byte[] value = jsonMapper.writeValueAsBytes(body(event));
        return new ProducerRecord<>(event.topic().topicName(), null, event.key(), value, headers);
    }

    /**
     * The transactional producer is a plain KafkaProducer, which no observation wraps: the current trace (of the
     * consumed record that led to this decision) is written as {@code traceparent} by hand, so one trace still follows
     * a ticket from the gateway through routing to the services that read {@code routing.events}.
     */
    private void carryTrace(RecordHeaders headers) {
        Tracer current = tracer.getIfAvailable();
        Propagator propagation = propagator.getIfAvailable();
        Span span = current == null ? null : current.currentSpan();
        if (span != null && propagation != null) {
            propagation.inject(span.context(), headers,
                    (carrier, key, value) -> carrier.add(key, value.getBytes(StandardCharsets.UTF_8)));
        }
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

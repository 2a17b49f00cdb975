package dev.switchboard.ticket.kafka;

import dev.switchboard.events.CloudEventHeaders;
import dev.switchboard.ticket.TicketServiceProperties;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Sends CloudEvents in binary content mode; the returned Mono completes only once the broker acknowledged. */
@Component
public class CloudEventPublisher {

    private final KafkaTemplate<String, byte[]> template;
    private final String source;
    private final Duration sendTimeout;

    public CloudEventPublisher(KafkaTemplate<String, byte[]> cloudEventKafkaTemplate, TicketServiceProperties properties) {
        this.template = cloudEventKafkaTemplate;
        this.source = properties.source();
        this.sendTimeout = properties.sendTimeout();
    }

    public Mono<Void> publish(OutgoingEvent event) {
        return Mono.defer(() -> Mono.fromFuture(template.send(toRecord(event))))
                .timeout(sendTimeout)
                .onErrorMap(e -> new EventNotPublishedException(event.id(), e))
                .then();
    }

    private ProducerRecord<String, byte[]> toRecord(OutgoingEvent event) {
        var record = new ProducerRecord<>(event.topic().topicName(), event.key(), event.data());
        Headers headers = record.headers();
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(headers, CloudEventHeaders.ID, event.id());
        header(headers, CloudEventHeaders.SOURCE, source);
        header(headers, CloudEventHeaders.TYPE, event.type());
        header(headers, CloudEventHeaders.TIME, event.time().toString());
        header(headers, CloudEventHeaders.SUBJECT, event.key());
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return record;
    }

    private static void header(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}

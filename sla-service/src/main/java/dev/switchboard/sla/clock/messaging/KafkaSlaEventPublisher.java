package dev.switchboard.sla.clock.messaging;

import dev.switchboard.events.CloudEventHeaders;
import dev.switchboard.events.EventCatalog;
import dev.switchboard.events.EventType;
import dev.switchboard.events.Topic;
import dev.switchboard.sla.clock.SlaEvent;
import dev.switchboard.sla.clock.SlaEventPublisher;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Writes SLA events to {@code sla.events} in CloudEvents binary mode, keyed by ticket id. */
@Component
class KafkaSlaEventPublisher implements SlaEventPublisher {

    static final String SOURCE = "/switchboard/sla-service";
    private static final long SEND_TIMEOUT_SECONDS = 30;

    private final KafkaTemplate<String, byte[]> kafka;
    private final JsonMapper json;

    KafkaSlaEventPublisher(KafkaTemplate<String, byte[]> slaKafkaTemplate, JsonMapper json) {
        this.kafka = slaKafkaTemplate;
        this.json = json;
    }

    @Override
    public void publish(List<SlaEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        CompletableFuture<?>[] sends = events.stream().map(this::send).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(sends).get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing SLA events", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("SLA events not written to " + Topic.SLA_EVENTS, e);
        }
    }

    private CompletableFuture<SendResult<String, byte[]>> send(SlaEvent event) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(headers, CloudEventHeaders.ID, event.id());
        header(headers, CloudEventHeaders.SOURCE, SOURCE);
        header(headers, CloudEventHeaders.TYPE, typeOf(event.data()));
        header(headers, CloudEventHeaders.TIME, event.time().toString());
        header(headers, CloudEventHeaders.SUBJECT, event.ticketId());
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return kafka.send(new ProducerRecord<>(Topic.SLA_EVENTS.topicName(), null, event.ticketId(),
                json.writeValueAsBytes(event.data()), headers));
    }

    private static String typeOf(Record data) {
        return EventCatalog.ALL.stream()
                .filter(type -> type.dataClass() == data.getClass())
                .map(EventType::type)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a contract event: " + data.getClass()));
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}

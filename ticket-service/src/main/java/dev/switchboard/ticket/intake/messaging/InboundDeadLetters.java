package dev.switchboard.ticket.intake.messaging;

import dev.switchboard.events.CloudEventHeaders;
import dev.switchboard.events.Topic;
import dev.switchboard.ticket.TicketServiceProperties;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Writes a rejected {@code tickets.inbound} record, as read, to {@code tickets.inbound.dlq} with the reason in
 * {@code switchboard_dlq_reason}. Done here rather than by the binder because a validation failure is not an
 * exception to retry, and the platform needs the reason in words.
 */
@Component
class InboundDeadLetters {

    private final KafkaTemplate<String, byte[]> template;
    private final long timeoutMs;
    private final MeterRegistry meters;

    InboundDeadLetters(KafkaTemplate<String, byte[]> cloudEventKafkaTemplate, TicketServiceProperties properties,
                       MeterRegistry meters) {
        this.template = cloudEventKafkaTemplate;
        this.timeoutMs = properties.sendTimeout().toMillis();
        this.meters = meters;
    }

    /** @param cause a short fixed word for the metric tag (the free-text reason goes into the header) */
    void send(Message<byte[]> message, String cause, String reason) {
        var record = new ProducerRecord<>(Topic.TICKETS_INBOUND_DLQ.topicName(), key(message), message.getPayload());
        message.getHeaders().forEach((name, value) -> {
            // the function layer renamed ce_ headers to ce-; the DLQ record keeps the Kafka binding's names
            if (name.startsWith("ce_") || name.startsWith("ce-") || name.equals(InboundRecordHandler.PLATFORM_HEADER)) {
                String kafkaName = name.startsWith("ce-") ? "ce_" + name.substring(3) : name;
                record.headers().add(kafkaName, value instanceof byte[] bytes ? bytes
                        : value.toString().getBytes(StandardCharsets.UTF_8));
            }
        });
        record.headers().add(CloudEventHeaders.DLQ_REASON, reason.getBytes(StandardCharsets.UTF_8));
        try {
            // waited for: the offset is committed after this returns, so the record must be safe in the DLQ first
            template.send(record).get(timeoutMs, TimeUnit.MILLISECONDS);
            meters.counter("switchboard.tickets.inbound.dead.lettered", "cause", cause).increment();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dead-lettering", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not dead-letter a tickets.inbound record", e);
        }
    }

    private static String key(Message<byte[]> message) {
        Object key = message.getHeaders().get(KafkaHeaders.RECEIVED_KEY);
        return key instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                : key == null ? null : key.toString();
    }
}

package dev.switchboard.sla.it;

import dev.switchboard.events.CloudEventHeaders;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Builds {@code tickets.events} records the way ticket-service writes them: CloudEvents binary mode. */
final class TicketEventRecords {

    private TicketEventRecords() {
    }

    static ProducerRecord<String, byte[]> record(String ticketId, String ceId, String ceType, String json) {
        RecordHeaders headers = new RecordHeaders();
        add(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        add(headers, CloudEventHeaders.ID, ceId);
        add(headers, CloudEventHeaders.SOURCE, "/switchboard/ticket-service");
        add(headers, CloudEventHeaders.TYPE, ceType);
        add(headers, CloudEventHeaders.TIME, Instant.now().toString());
        add(headers, CloudEventHeaders.SUBJECT, ticketId);
        add(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return new ProducerRecord<>("tickets.events", null, ticketId, json.getBytes(StandardCharsets.UTF_8),
                headers);
    }

    static String created(String ticketId, String priority, Instant createdAt) {
        return """
                {"ticketId":"%s","externalId":"zd-%s","platform":"zendesk","channel":"EMAIL","subject":"Refund",
                 "description":"Please refund","priority":"%s",
                 "customer":{"id":"c-1","name":"Ada","tier":"STANDARD","language":"en"},
                 "team":"billing","skills":["billing"],"tags":[],"occurredAt":"%s","createdAt":"%s"}
                """.formatted(ticketId, ticketId, priority, createdAt, createdAt);
    }

    static String replied(String ticketId, boolean publicReply, Instant at) {
        return """
                {"ticketId":"%s","agentId":"agent-1","body":"On it","publicReply":%s,"occurredAt":"%s"}
                """.formatted(ticketId, publicReply, at);
    }

    private static void add(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    static String header(Iterable<Header> headers, String name) {
        for (Header header : headers) {
            if (header.key().equals(name)) {
                return new String(header.value(), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}

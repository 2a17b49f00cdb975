package dev.switchboard.analytics.fact.messaging;

import dev.switchboard.analytics.fact.UnreadableEventException;
import dev.switchboard.events.CloudEventHeaders;
import dev.switchboard.events.routing.TicketAssigned;
import dev.switchboard.events.ticket.TicketCreated;
import dev.switchboard.events.ticket.TicketStatus;
import dev.switchboard.events.ticket.TicketStatusChanged;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CloudEventReaderTest {

    private final CloudEventReader reader = new CloudEventReader(JsonMapper.builder().build());

    @Test
    void shouldReadAnEventWhoseHeadersAreBytes() {
        Message<byte[]> message = message("""
                {"ticketId":"t-1","from":"OPEN","to":"SOLVED","occurredAt":"2026-11-23T08:00:00Z"}""")
                .setHeader(CloudEventHeaders.ID, bytes("t-1:status:1"))
                .setHeader(CloudEventHeaders.TYPE, bytes(TicketStatusChanged.TYPE))
                .build();

        assertThat(reader.read(message)).get().satisfies(event -> {
            assertThat(event.id()).isEqualTo("t-1:status:1");
            assertThat(event.data()).isEqualTo(new TicketStatusChanged("t-1", TicketStatus.OPEN, TicketStatus.SOLVED,
                    Instant.parse("2026-11-23T08:00:00Z")));
        });
    }

    @Test
    void shouldReadHeadersUnderTheirCanonicalCloudEventsNames() {
        Message<byte[]> message = message("""
                {"ticketId":"t-1","from":"OPEN","to":"SOLVED","occurredAt":"2026-11-23T08:00:00Z"}""")
                .setHeader("ce-id", bytes("t-1:status:2"))
                .setHeader("ce-type", TicketStatusChanged.TYPE)
                .build();

        assertThat(reader.read(message)).get().extracting(CloudEventReader.IncomingEvent::id)
                .isEqualTo("t-1:status:2");
    }

    @Test
    void shouldReadAnEventWhoseHeadersAreStringsAndIgnoreUnknownFields() {
        Message<byte[]> message = message("""
                {"ticketId":"t-1","agentId":"a-1","waitedMs":1500,"assignedAt":"2026-11-23T08:00:00Z",
                 "addedInAFutureVersion":true}""")
                .setHeader(CloudEventHeaders.ID, "r-1")
                .setHeader(CloudEventHeaders.TYPE, TicketAssigned.TYPE)
                .build();

        assertThat(reader.read(message)).get().extracting(CloudEventReader.IncomingEvent::data)
                .isEqualTo(new TicketAssigned("t-1", "a-1", null, 1500, null, Instant.parse("2026-11-23T08:00:00Z")));
    }

    @Test
    void shouldSkipATypeTheContractDoesNotKnow() {
        Message<byte[]> message = message("{}")
                .setHeader(CloudEventHeaders.ID, "x-1")
                .setHeader(CloudEventHeaders.TYPE, "switchboard.ticket.teleported.v1")
                .build();

        assertThat(reader.read(message)).isEmpty();
    }

    @Test
    void shouldRejectMalformedJson() {
        Message<byte[]> message = message("{\"ticketId\":")
                .setHeader(CloudEventHeaders.ID, "x-1")
                .setHeader(CloudEventHeaders.TYPE, TicketCreated.TYPE)
                .build();

        assertThatThrownBy(() -> reader.read(message)).isInstanceOf(UnreadableEventException.class)
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void shouldRejectAMissingRequiredFieldOfTheSchema() {
        Message<byte[]> message = message("""
                {"ticketId":"t-1","channel":"EMAIL","subject":"s","priority":"LOW","customer":{"id":"c"}}""")
                .setHeader(CloudEventHeaders.ID, "x-1")
                .setHeader(CloudEventHeaders.TYPE, TicketCreated.TYPE)
                .build();

        assertThatThrownBy(() -> reader.read(message)).isInstanceOf(UnreadableEventException.class)
                .hasMessageContaining("createdAt");
    }

    @Test
    void shouldRejectAnUnknownEnumValue() {
        Message<byte[]> message = message("""
                {"ticketId":"t-1","from":"OPEN","to":"VANISHED","occurredAt":"2026-11-23T08:00:00Z"}""")
                .setHeader(CloudEventHeaders.ID, "x-1")
                .setHeader(CloudEventHeaders.TYPE, TicketStatusChanged.TYPE)
                .build();

        assertThatThrownBy(() -> reader.read(message)).isInstanceOf(UnreadableEventException.class);
    }

    @Test
    void shouldRejectARecordWithoutAnEventId() {
        Message<byte[]> message = message("{}").setHeader(CloudEventHeaders.TYPE, TicketCreated.TYPE).build();

        assertThatThrownBy(() -> reader.read(message)).isInstanceOf(UnreadableEventException.class)
                .hasMessageContaining(CloudEventHeaders.ID);
    }

    private static MessageBuilder<byte[]> message(String json) {
        return MessageBuilder.withPayload(bytes(json));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

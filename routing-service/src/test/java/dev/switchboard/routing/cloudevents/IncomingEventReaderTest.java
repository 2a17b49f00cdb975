package dev.switchboard.routing.cloudevents;

import dev.switchboard.events.ticket.Channel;
import dev.switchboard.events.ticket.Priority;
import dev.switchboard.events.ticket.TicketCreated;
import dev.switchboard.events.ticket.TicketReplied;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IncomingEventReaderTest {

    private static final String CREATED = """
            {"ticketId":"t-1","channel":"EMAIL","subject":"s","priority":"HIGH","customer":{"id":"c-1"},
             "createdAt":"2026-11-23T08:00:00Z","somethingNew":42}""";

    private final IncomingEventReader reader = new IncomingEventReader(
            JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build(),
            Set.of(TicketCreated.TYPE));

    private static Map<String, Object> headers(String id, String type) {
        return Map.of("ce_id", id.getBytes(StandardCharsets.UTF_8), "ce_type", type);
    }

    @Test
    void shouldReadConsumedTypeFromByteAndStringHeadersIgnoringUnknownFields() {
        IncomingEvent event = reader.read(headers("t-1:created", TicketCreated.TYPE), bytes(CREATED)).orElseThrow();

        assertThat(event.id()).isEqualTo("t-1:created");
        TicketCreated created = (TicketCreated) event.data();
        assertThat(created.channel()).isEqualTo(Channel.EMAIL);
        assertThat(created.priority()).isEqualTo(Priority.HIGH);
    }

    @Test
    void shouldSkipTypesItDoesNotConsume() {
        assertThat(reader.read(headers("x", TicketReplied.TYPE), bytes("not even json"))).isEmpty();
        assertThat(reader.read(headers("y", "switchboard.unknown.v9"), bytes("{}"))).isEmpty();
    }

    @Test
    void shouldRejectMalformedJson() {
        assertThatThrownBy(() -> reader.read(headers("t-1:created", TicketCreated.TYPE), bytes("{\"ticketId\":")))
                .isInstanceOf(UnreadableEventException.class);
    }

    @Test
    void shouldRejectEventLackingAFieldItsSchemaRequires() {
        String withoutChannel = CREATED.replace("\"channel\":\"EMAIL\",", "");

        assertThatThrownBy(() -> reader.read(headers("t-1:created", TicketCreated.TYPE), bytes(withoutChannel)))
                .isInstanceOf(UnreadableEventException.class)
                .hasMessageContaining("channel");
    }

    @Test
    void shouldRejectUnknownEnumValue() {
        String fax = CREATED.replace("EMAIL", "FAX");

        assertThatThrownBy(() -> reader.read(headers("t-1:created", TicketCreated.TYPE), bytes(fax)))
                .isInstanceOf(UnreadableEventException.class);
    }

    @Test
    void shouldRejectRecordWithoutEventId() {
        assertThatThrownBy(() -> reader.read(Map.of("ce_type", TicketCreated.TYPE), bytes(CREATED)))
                .isInstanceOf(UnreadableEventException.class);
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}

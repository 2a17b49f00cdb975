package dev.switchboard.sla.clock.messaging;

import dev.switchboard.events.ticket.TicketReplied;
import dev.switchboard.events.ticket.TicketTeamChanged;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.support.MessageBuilder;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TicketEventReaderTest {

    private static final byte[] REPLY = """
            {"ticketId":"t-1","agentId":"a-1","body":"Hi","publicReply":true,"occurredAt":"2026-11-23T08:00:00Z"}
            """.getBytes(StandardCharsets.UTF_8);

    private final TicketEventReader reader = new TicketEventReader(JsonMapper.builder().build());

    @Test
    void shouldReadTheCanonicalCeDashSpellingOfTheHeaders() {
        var message = MessageBuilder.withPayload(REPLY)
                .setHeader("ce-type", TicketReplied.TYPE.getBytes(StandardCharsets.UTF_8))
                .setHeader("ce-id", "r-1")
                .build();

        assertThat(reader.read(message)).hasValueSatisfying(event -> {
            assertThat(event.id()).isEqualTo("r-1");
            assertThat(event.data()).isEqualTo(new TicketReplied("t-1", "a-1", "Hi", true,
                    Instant.parse("2026-11-23T08:00:00Z")));
        });
    }

    @Test
    void shouldSkipTypesThatDoNotMoveClocksAndRejectUnreadableOnes() {
        var rated = MessageBuilder.withPayload(REPLY).setHeader("ce_type", "switchboard.ticket.rated.v1")
                .setHeader("ce_id", "x").build();
        var broken = MessageBuilder.withPayload("{oops".getBytes(StandardCharsets.UTF_8))
                .setHeader("ce_type", TicketReplied.TYPE).setHeader("ce_id", "y").build();

        assertThat(reader.read(rated)).isEmpty();
        assertThatThrownBy(() -> reader.read(broken)).isInstanceOf(UnreadableEventException.class);
    }

    @Test
    void shouldReadATeamChangeToNoTeam() {
        var moved = MessageBuilder.withPayload("""
                        {"ticketId":"t-1","from":"billing","to":null,"occurredAt":"2026-11-23T08:00:00Z"}
                        """.getBytes(StandardCharsets.UTF_8))
                .setHeader("ce_type", TicketTeamChanged.TYPE.getBytes(StandardCharsets.UTF_8))
                .setHeader("ce_id", "team-1".getBytes(StandardCharsets.UTF_8))
                .build();

        assertThat(reader.read(moved)).hasValueSatisfying(event -> assertThat(event.data())
                .isEqualTo(new TicketTeamChanged("t-1", "billing", null, Instant.parse("2026-11-23T08:00:00Z"))));
    }
}

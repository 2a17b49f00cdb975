package dev.switchboard.ticket.lifecycle;

import dev.switchboard.ticket.TestTickets;
import dev.switchboard.ticket.validation.FieldViolation;
import dev.switchboard.ticket.validation.InvalidRequestException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class TicketEventValidatorTest {

    private final TicketEventValidator validator = new TicketEventValidator(
            Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC), TestTickets.OCCURRED_AT_RULE);

    @Test
    void shouldTakeAgentIdFromCallerNotFromBody() {
        var draft = new TicketEventDraft("AGENT_REPLY", null, "hi", "someone-else", null, null, null, null, null, null, null);

        var command = (TicketCommand.AgentReply) validator.validate(draft, "agent-dev");

        assertThat(command.agentId()).isEqualTo("agent-dev");
        assertThat(command.publicReply()).isTrue();
    }

    @Test
    void shouldRejectRatingOutOfRange() {
        var draft = new TicketEventDraft("SATISFACTION_RATED", null, null, null, null, null, null, null, 6, 11, null);

        var error = catchThrowableOfType(InvalidRequestException.class, () -> validator.validate(draft, null));

        assertThat(error.violations()).extracting(FieldViolation::field).containsExactlyInAnyOrder("csat", "nps");
    }

    @Test
    void shouldRejectUnknownTypeAndStatus() {
        var unknownType = new TicketEventDraft("SHOUTED", null, null, null, null, null, null, null, null, null, null);
        var unknownStatus = new TicketEventDraft("STATUS_CHANGED", "yesterday", null, null, null, "DONE", null, null, null,
                null, null);

        assertThat(catchThrowableOfType(InvalidRequestException.class, () -> validator.validate(unknownType, null))
                .violations()).extracting(FieldViolation::field).containsExactly("type");
        assertThat(catchThrowableOfType(InvalidRequestException.class, () -> validator.validate(unknownStatus, null))
                .violations()).extracting(FieldViolation::field).containsExactlyInAnyOrder("occurredAt", "status");
    }

    @Test
    void shouldRejectAnEventDatedInTheFarFuture() {
        var draft = new TicketEventDraft("CUSTOMER_MESSAGE", "2027-01-01T00:00:00Z", "hi", null, null, null, null,
                null, null, null, null);

        assertThat(catchThrowableOfType(InvalidRequestException.class, () -> validator.validate(draft, null))
                .violations()).extracting(FieldViolation::field).containsExactly("occurredAt");
    }

    @Test
    void shouldRequireTeamOfTeamChange() {
        var draft = new TicketEventDraft("TEAM_CHANGED", null, null, null, null, null, null, " ", null, null, null);

        assertThat(catchThrowableOfType(InvalidRequestException.class, () -> validator.validate(draft, null))
                .violations()).extracting(FieldViolation::field).containsExactly("team");
    }

    @Test
    void shouldRequireBodyOfCustomerMessage() {
        var draft = new TicketEventDraft("CUSTOMER_MESSAGE", null, " ", null, null, null, null, null, null, null, null);

        assertThat(catchThrowableOfType(InvalidRequestException.class, () -> validator.validate(draft, null))
                .violations()).extracting(FieldViolation::field).containsExactly("body");
    }
}

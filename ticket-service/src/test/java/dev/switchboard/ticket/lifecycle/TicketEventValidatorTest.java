package dev.switchboard.ticket.lifecycle;

import dev.switchboard.ticket.validation.FieldViolation;
import dev.switchboard.ticket.validation.InvalidRequestException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class TicketEventValidatorTest {

    private final TicketEventValidator validator = new TicketEventValidator();

    @Test
    void shouldTakeAgentIdFromCallerNotFromBody() {
        var draft = new TicketEventDraft("AGENT_REPLY", null, "hi", "someone-else", null, null, null, null, null, null);

        var command = (TicketCommand.AgentReply) validator.validate(draft, "agent-dev");

        assertThat(command.agentId()).isEqualTo("agent-dev");
        assertThat(command.publicReply()).isTrue();
    }

    @Test
    void shouldRejectRatingOutOfRange() {
        var draft = new TicketEventDraft("SATISFACTION_RATED", null, null, null, null, null, null, 6, 11, null);

        var error = catchThrowableOfType(InvalidRequestException.class, () -> validator.validate(draft, null));

        assertThat(error.violations()).extracting(FieldViolation::field).containsExactlyInAnyOrder("csat", "nps");
    }

    @Test
    void shouldRejectUnknownTypeAndStatus() {
        var unknownType = new TicketEventDraft("SHOUTED", null, null, null, null, null, null, null, null, null);
        var unknownStatus = new TicketEventDraft("STATUS_CHANGED", "yesterday", null, null, null, "DONE", null, null,
                null, null);

        assertThat(catchThrowableOfType(InvalidRequestException.class, () -> validator.validate(unknownType, null))
                .violations()).extracting(FieldViolation::field).containsExactly("type");
        assertThat(catchThrowableOfType(InvalidRequestException.class, () -> validator.validate(unknownStatus, null))
                .violations()).extracting(FieldViolation::field).containsExactlyInAnyOrder("occurredAt", "status");
    }

    @Test
    void shouldRequireBodyOfCustomerMessage() {
        var draft = new TicketEventDraft("CUSTOMER_MESSAGE", null, " ", null, null, null, null, null, null, null);

        assertThat(catchThrowableOfType(InvalidRequestException.class, () -> validator.validate(draft, null))
                .violations()).extracting(FieldViolation::field).containsExactly("body");
    }
}

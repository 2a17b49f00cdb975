package dev.switchboard.ticket.intake;

import dev.switchboard.events.ticket.Channel;
import dev.switchboard.events.ticket.CustomerTier;
import dev.switchboard.events.ticket.Priority;
import dev.switchboard.ticket.validation.FieldViolation;
import dev.switchboard.ticket.validation.InvalidRequestException;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CreateTicketValidatorTest {

    private final CreateTicketValidator validator = new CreateTicketValidator();

    @Test
    void shouldAcceptMinimalTicketWithDefaults() {
        NewTicket ticket = validator.validate(command("EMAIL", "Hi", "LOW", "c-1", null));

        assertThat(ticket.channel()).isEqualTo(Channel.EMAIL);
        assertThat(ticket.priority()).isEqualTo(Priority.LOW);
        assertThat(ticket.customer().tier()).isEqualTo(CustomerTier.STANDARD);
        assertThat(ticket.tags()).isEmpty();
        assertThat(ticket.occurredAt()).isNull();
    }

    @Test
    void shouldNameEveryMissingRequiredField() {
        assertThat(violations(command(null, " ", null, null, null)))
                .containsExactlyInAnyOrder("channel", "subject", "priority", "customer.id");
    }

    @Test
    void shouldRejectUnknownEnumValuesAsFieldErrors() {
        assertThat(violations(command("FAX", "Hi", "BLOCKER", "c-1", null)))
                .containsExactlyInAnyOrder("channel", "priority");
    }

    @Test
    void shouldRejectTooLongSubjectAndDescriptionAndTooManyTags() {
        var tooMany = Collections.nCopies(51, "t");
        var command = new CreateTicketCommand(null, "CHAT", "s".repeat(501), "d".repeat(64 * 1024 + 1), "HIGH",
                new CreateTicketCommand.CustomerCommand("c-1", null, null, null), null, null, tooMany, "not-a-time");

        assertThat(violations(command)).containsExactlyInAnyOrder("subject", "description", "tags", "occurredAt");
    }

    @Test
    void shouldAcceptSubjectOfExactlyMaximumLength() {
        assertThat(validator.validate(command("WEB", "s".repeat(500), "URGENT", "c-1", List.of("a"))).subject())
                .hasSize(500);
    }

    private List<String> violations(CreateTicketCommand command) {
        return catchThrowableOfType(InvalidRequestException.class, () -> validator.validate(command))
                .violations().stream().map(FieldViolation::field).toList();
    }

    private static CreateTicketCommand command(String channel, String subject, String priority, String customerId,
                                               List<String> tags) {
        return new CreateTicketCommand(null, channel, subject, null, priority,
                customerId == null ? null : new CreateTicketCommand.CustomerCommand(customerId, null, null, null),
                null, null, tags, null);
    }
}

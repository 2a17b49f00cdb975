package dev.switchboard.ticket.intake;

import dev.switchboard.events.ticket.Channel;
import dev.switchboard.events.ticket.CustomerTier;
import dev.switchboard.events.ticket.Priority;
import dev.switchboard.ticket.TestTickets;
import dev.switchboard.ticket.validation.FieldViolation;
import dev.switchboard.ticket.validation.InvalidRequestException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CreateTicketValidatorTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private final CreateTicketValidator validator = new CreateTicketValidator(Clock.fixed(NOW, ZoneOffset.UTC),
            TestTickets.OCCURRED_AT_RULE);

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

    @org.junit.jupiter.params.ParameterizedTest(name = "occurredAt {0} -> accepted {1}")
    @org.junit.jupiter.params.provider.CsvSource({
            "2026-11-23T10:05:00Z, true",   // five minutes ahead: a platform clock running fast
            "2026-11-23T10:05:01Z, false",
            "2025-11-23T10:00:00Z, true",   // a year back: an import of recent history
            "2025-11-23T09:59:59Z, false",
            "1970-01-01T00:00:00Z, false",
            "2999-01-01T00:00:00Z, false"})
    void shouldAcceptOccurredAtOnlyWithinAYearBackAndFiveMinutesAhead(String occurredAt, boolean accepted) {
        var command = new CreateTicketCommand(null, "CHAT", "Hi", null, "HIGH",
                new CreateTicketCommand.CustomerCommand("c-1", null, null, null), null, null, null, occurredAt);

        if (accepted) {
            assertThat(validator.validate(command).occurredAt()).isEqualTo(Instant.parse(occurredAt));
        } else {
            assertThat(violations(command)).containsExactly("occurredAt");
        }
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

package dev.switchboard.ticket.intake;

import dev.switchboard.events.ticket.Channel;
import dev.switchboard.events.ticket.Customer;
import dev.switchboard.events.ticket.CustomerTier;
import dev.switchboard.events.ticket.Priority;
import dev.switchboard.ticket.validation.InvalidRequestException;
import dev.switchboard.ticket.validation.OccurredAtRule;
import dev.switchboard.ticket.validation.Violations;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

/** The contract's rules for a new ticket, shared by REST, batch and Kafka intake. */
public final class CreateTicketValidator {

    static final int MAX_SUBJECT = 500;
    static final int MAX_DESCRIPTION = 64 * 1024;
    static final int MAX_TAGS = 50;
    static final int MAX_SKILLS = 50;
    static final int MAX_ID = 200;
    static final int MAX_LABEL = 100;

    private final Clock clock;
    private final OccurredAtRule occurredAtRule;

    public CreateTicketValidator(Clock clock, OccurredAtRule occurredAtRule) {
        this.clock = clock;
        this.occurredAtRule = occurredAtRule;
    }

    /** @throws InvalidRequestException listing every violation */
    public NewTicket validate(CreateTicketCommand command) {
        Violations v = new Violations();
        if (command == null) {
            v.add("body", "must not be empty");
            v.throwIfAny();
        }
        v.maxLength("externalId", command.externalId(), MAX_ID);
        v.required("channel", command.channel());
        Channel channel = v.enumValue("channel", command.channel(), Channel.class);
        v.required("subject", command.subject());
        v.maxLength("subject", command.subject(), MAX_SUBJECT);
        v.maxLength("description", command.description(), MAX_DESCRIPTION);
        v.required("priority", command.priority());
        Priority priority = v.enumValue("priority", command.priority(), Priority.class);
        Customer customer = customer(command.customer(), v);
        v.maxLength("team", command.team(), MAX_LABEL);
        List<String> skills = labels("skills", command.skills(), MAX_SKILLS, v);
        List<String> tags = labels("tags", command.tags(), MAX_TAGS, v);
        var occurredAt = v.instant("occurredAt", command.occurredAt());
        occurredAtRule.check(v, "occurredAt", occurredAt, clock.instant());
        v.throwIfAny();
        return new NewTicket(blankToNull(command.externalId()), channel, command.subject(), command.description(),
                priority, customer, blankToNull(command.team()), skills, tags, occurredAt);
    }

    private static Customer customer(CreateTicketCommand.CustomerCommand customer, Violations v) {
        if (customer == null) {
            v.add("customer.id", "must not be blank");
            return null;
        }
        v.required("customer.id", customer.id());
        v.maxLength("customer.id", customer.id(), MAX_ID);
        v.maxLength("customer.name", customer.name(), MAX_SUBJECT);
        v.maxLength("customer.language", customer.language(), 35);
        CustomerTier tier = v.enumValue("customer.tier", customer.tier(), CustomerTier.class);
        return new Customer(customer.id(), customer.name(), tier == null ? CustomerTier.STANDARD : tier,
                customer.language());
    }

    private static List<String> labels(String field, List<String> values, int max, Violations v) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > max) {
            v.add(field, "must have at most " + max + " entries");
        }
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (value == null || value.isBlank()) {
                v.add(field + "[" + i + "]", "must not be blank");
            } else {
                v.maxLength(field + "[" + i + "]", value, MAX_LABEL);
            }
        }
        return values.stream().filter(Objects::nonNull).distinct().toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

package dev.switchboard.ticket.intake;

import dev.switchboard.events.ticket.Channel;
import dev.switchboard.events.ticket.Customer;
import dev.switchboard.events.ticket.Priority;

import java.time.Instant;
import java.util.List;

/** A create request that passed validation; {@code occurredAt} is null when the platform gave none. */
public record NewTicket(
        String externalId,
        Channel channel,
        String subject,
        String description,
        Priority priority,
        Customer customer,
        String team,
        List<String> skills,
        List<String> tags,
        Instant occurredAt) {
}

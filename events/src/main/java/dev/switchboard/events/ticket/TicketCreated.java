package dev.switchboard.events.ticket;

import java.time.Instant;
import java.util.List;

/**
 * A ticket was accepted. {@code platform} names the integration that posted it (the pair platform + externalId is
 * unique); {@code occurredAt} is when the platform says it happened, {@code createdAt} when Switchboard accepted it.
 */
public record TicketCreated(
        String ticketId,
        String externalId,
        String platform,
        Channel channel,
        String subject,
        String description,
        Priority priority,
        Customer customer,
        String team,
        List<String> skills,
        List<String> tags,
        Instant occurredAt,
        Instant createdAt) {

    public static final String TYPE = "switchboard.ticket.created.v1";
}

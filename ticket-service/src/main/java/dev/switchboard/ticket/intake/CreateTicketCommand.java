package dev.switchboard.ticket.intake;

import java.util.List;

/**
 * A create-ticket request as a platform sent it (REST body, batch item or {@code tickets.inbound} record). Enums and
 * times stay text until {@link CreateTicketValidator} checks them, so every mistake becomes a field error.
 */
public record CreateTicketCommand(
        String externalId,
        String channel,
        String subject,
        String description,
        String priority,
        CustomerCommand customer,
        String team,
        List<String> skills,
        List<String> tags,
        String occurredAt) {

    public record CustomerCommand(String id, String name, String tier, String language) {
    }
}

package dev.switchboard.events.ticket;

import java.time.Instant;

/** An agent answered. Only a public reply counts for first and next reply; an internal note does not. */
public record TicketReplied(String ticketId, String agentId, String body, boolean publicReply, Instant occurredAt) {

    public static final String TYPE = "switchboard.ticket.replied.v1";
}

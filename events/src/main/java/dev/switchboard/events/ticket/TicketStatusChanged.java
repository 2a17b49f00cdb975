package dev.switchboard.events.ticket;

import java.time.Instant;

public record TicketStatusChanged(String ticketId, TicketStatus from, TicketStatus to, Instant occurredAt) {

    public static final String TYPE = "switchboard.ticket.status-changed.v1";
}

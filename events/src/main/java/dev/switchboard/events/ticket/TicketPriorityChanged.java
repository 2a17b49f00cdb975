package dev.switchboard.events.ticket;

import java.time.Instant;

public record TicketPriorityChanged(String ticketId, Priority from, Priority to, Instant occurredAt) {

    public static final String TYPE = "switchboard.ticket.priority-changed.v1";
}

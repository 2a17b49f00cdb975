package dev.switchboard.ticket.lifecycle;

import dev.switchboard.events.ticket.Priority;
import dev.switchboard.events.ticket.TicketStatus;

/** What a lifecycle decision needs to know of a ticket. */
public record TicketState(String ticketId, TicketStatus status, Priority priority, String team, int reopens) {
}

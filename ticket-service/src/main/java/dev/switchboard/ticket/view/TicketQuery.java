package dev.switchboard.ticket.view;

import dev.switchboard.events.ticket.Priority;
import dev.switchboard.events.ticket.TicketStatus;

/** Filters of {@code GET /tickets}; null means any. {@code after} is null for the first page. */
public record TicketQuery(TicketStatus status, String assignee, String team, Priority priority, int limit,
                          TicketCursor after) {
}

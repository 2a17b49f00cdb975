package dev.switchboard.ticket.view;

import dev.switchboard.events.ticket.Priority;
import dev.switchboard.events.ticket.TicketStatus;

/**
 * Filters of {@code GET /tickets}; null means any. {@code customer} is the customer's id. {@code after} is null for
 * the first page.
 */
public record TicketQuery(TicketStatus status, String assignee, String team, Priority priority, String customer,
                          int limit, TicketCursor after) {

    public TicketQuery withLimit(int newLimit) {
        return new TicketQuery(status, assignee, team, priority, customer, newLimit, after);
    }
}

package dev.switchboard.ticket.lifecycle.application;

/** A ticket changed under every attempt of a request: 503 with Retry-After; nothing was recorded. */
public class TicketContendedException extends RuntimeException {

    public TicketContendedException(String ticketId) {
        super("Ticket " + ticketId + " is changing too fast to decide this request; retry it.");
    }
}

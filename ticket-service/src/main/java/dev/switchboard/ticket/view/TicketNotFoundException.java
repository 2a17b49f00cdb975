package dev.switchboard.ticket.view;

/** No such ticket in the view (or not one the caller may see): 404. */
public class TicketNotFoundException extends RuntimeException {

    public TicketNotFoundException(String ticketId) {
        super("No ticket " + ticketId + ".");
    }
}

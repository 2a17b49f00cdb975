package dev.switchboard.ticket.lifecycle;

/**
 * An {@code Idempotency-Key} that a ticket event request carried and the id of the event that answered it; kept in
 * the ticket's document so that a retry, also after a restart, gets the same answer.
 */
public record EventRequest(String key, String eventId) {
}

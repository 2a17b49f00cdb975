package dev.switchboard.ticket.lifecycle.application;

/** The answer to an accepted ticket event: the id of the event recording it, and whether it repeated a request. */
public record EventReceipt(String eventId, boolean replayed) {
}

package dev.switchboard.ticket.intake.application;

/**
 * A create request's claim on one identity (see {@code ReservationKeys}): the ticket it made and the whole
 * {@code ticket.created} event as published, so that a retry after a crash can publish exactly the same event.
 */
public record Reservation(String key, String ticketId, byte[] event, boolean published) {
}

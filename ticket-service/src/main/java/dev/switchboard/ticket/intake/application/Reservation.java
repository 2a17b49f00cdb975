package dev.switchboard.ticket.intake.application;

import java.time.Instant;

/**
 * A create request's claim on one identity (see {@code ReservationKeys}): the ticket it made and the whole
 * {@code ticket.created} event as published, so that a retry after a crash can publish exactly the same event.
 *
 * @param reservedAt when the claim was stored; null when unknown, which counts as long ago
 */
public record Reservation(String key, String ticketId, byte[] event, boolean published, Instant reservedAt) {

    public Reservation(String key, String ticketId, byte[] event, boolean published) {
        this(key, ticketId, event, published, null);
    }
}

package dev.switchboard.events.ticket;

import java.time.Instant;

/** A customer wrote on a SOLVED ticket: it is OPEN again; {@code reopens} counts all reopens so far. */
public record TicketReopened(String ticketId, int reopens, Instant occurredAt) {

    public static final String TYPE = "switchboard.ticket.reopened.v1";
}

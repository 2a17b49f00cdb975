package dev.switchboard.events.ticket;

import java.time.Instant;

/** CSAT 1..5; NPS 0..10 when the customer gave one, else null. */
public record TicketRated(String ticketId, int csat, Integer nps, String comment, Instant occurredAt) {

    public static final String TYPE = "switchboard.ticket.rated.v1";
}

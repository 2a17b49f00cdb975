package dev.switchboard.events.ticket;

import java.time.Instant;

public record CustomerMessageReceived(String ticketId, String body, Instant occurredAt) {

    public static final String TYPE = "switchboard.ticket.message-received.v1";
}

package dev.switchboard.events.routing;

import dev.switchboard.events.ticket.Priority;

import java.time.Instant;

/** A ticket waits in its team's queue for an eligible agent. */
public record TicketQueued(String ticketId, String team, Priority priority, Instant queuedAt) {

    public static final String TYPE = "switchboard.routing.queued.v1";
}

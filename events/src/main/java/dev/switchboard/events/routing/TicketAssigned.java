package dev.switchboard.events.routing;

import java.time.Instant;

/** {@code waitedMs} counts from when the ticket was queued; {@code reason} names the rule that chose the agent. */
public record TicketAssigned(String ticketId, String agentId, String team, long waitedMs, String reason,
                             Instant assignedAt) {

    public static final String TYPE = "switchboard.routing.assigned.v1";
}

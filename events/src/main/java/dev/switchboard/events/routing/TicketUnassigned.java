package dev.switchboard.events.routing;

import java.time.Instant;

public record TicketUnassigned(String ticketId, String agentId, String reason, Instant unassignedAt) {

    public static final String TYPE = "switchboard.routing.unassigned.v1";
}

package dev.switchboard.events.ticket;

import java.time.Instant;

/**
 * The ticket moved to another team (a contract extension, see docs/architecture.md): routing queues it in the new
 * team, SLA re-targets its running clocks by the policy that now matches. {@code from} or {@code to} is null for
 * "no team".
 */
public record TicketTeamChanged(String ticketId, String from, String to, Instant occurredAt) {

    public static final String TYPE = "switchboard.ticket.team-changed.v1";
}

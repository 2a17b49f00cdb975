package dev.switchboard.events.routing;

import java.time.Instant;

/**
 * {@code waitedMs} counts from when the ticket was queued; {@code reason} names the rule that chose the agent.
 * {@code step} is the skill-expansion step the ticket had reached ({@code EXACT}, {@code ANY_LEVEL}, {@code ANY_TEAM},
 * {@code TIER_TWO}), {@code minTier} the lowest agent tier an escalation allowed (null: any), {@code strategy} the
 * team's strategy, and {@code offered} is true when the agent accepted an offer first (null: assigned directly).
 */
public record TicketAssigned(String ticketId, String agentId, String team, long waitedMs, String reason,
                             Instant assignedAt, String step, Integer minTier, String strategy, Boolean offered) {

    public static final String TYPE = "switchboard.routing.assigned.v1";

    /** The fields of the first version of this event. */
    public TicketAssigned(String ticketId, String agentId, String team, long waitedMs, String reason,
                          Instant assignedAt) {
        this(ticketId, agentId, team, waitedMs, reason, assignedAt, null, null, null, null);
    }
}

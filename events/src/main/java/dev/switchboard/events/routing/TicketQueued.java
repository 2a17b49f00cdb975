package dev.switchboard.events.routing;

import dev.switchboard.events.ticket.Priority;

import java.time.Instant;

/**
 * A ticket waits in its team's queue for an eligible agent. {@code step} is the skill-expansion step it has reached
 * (each wider step is announced by another {@code routing.queued}), {@code minTier} the lowest agent tier an escalation
 * allows (null: any), {@code preferredAgentId} the agent it is held for (the one who solved the customer's last
 * ticket), while it is.
 */
public record TicketQueued(String ticketId, String team, Priority priority, Instant queuedAt, String step,
                           Integer minTier, String preferredAgentId) {

    public static final String TYPE = "switchboard.routing.queued.v1";

    /** The fields of the first version of this event. */
    public TicketQueued(String ticketId, String team, Priority priority, Instant queuedAt) {
        this(ticketId, team, priority, queuedAt, null, null, null);
    }
}

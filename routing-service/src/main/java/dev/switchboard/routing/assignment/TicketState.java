package dev.switchboard.routing.assignment;

import dev.switchboard.events.ticket.Channel;
import dev.switchboard.events.ticket.CustomerTier;
import dev.switchboard.events.ticket.Priority;

import java.time.Instant;
import java.util.List;

/**
 * A snapshot of one ticket as routing sees it. {@code createdAt} orders the queue by age; {@code queuedAt} is when it
 * last started to wait (what {@code waitedMs} counts from); {@code agentId} is the current agent while ASSIGNED and
 * the last one afterwards. {@code assignments} and {@code queueings} count decisions, so that the ids of the events
 * they raise are deterministic.
 */
public record TicketState(
        String id,
        String team,
        Channel channel,
        Priority priority,
        CustomerTier customerTier,
        List<String> skills,
        Instant createdAt,
        Instant queuedAt,
        TicketPhase phase,
        String agentId,
        int assignments,
        int queueings,
        List<String> appliedEventIds) {

    public TicketState {
        skills = List.copyOf(skills);
        appliedEventIds = List.copyOf(appliedEventIds);
    }
}

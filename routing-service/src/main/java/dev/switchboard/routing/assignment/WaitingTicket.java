package dev.switchboard.routing.assignment;

import dev.switchboard.events.ticket.Channel;
import dev.switchboard.events.ticket.CustomerTier;
import dev.switchboard.events.ticket.Priority;

import java.time.Instant;
import java.util.List;

/**
 * A waiting ticket as a supervisor sees it: {@code position} 1 is served first. {@code effectivePriority} is the
 * priority after aging, which is what orders the queue, so a LOW ticket that waited long enough shows why it sits
 * among the HIGH ones. {@code step} is how far the requirements have relaxed (skill expansion).
 */
public record WaitingTicket(int position, String ticketId, String team, Priority priority,
                            Priority effectivePriority, CustomerTier customerTier, Channel channel,
                            List<String> requiredSkills, Instant createdAt, Instant queuedAt, long waitSeconds,
                            ExpansionStep step, String preferredAgentId) {

    public WaitingTicket {
        requiredSkills = List.copyOf(requiredSkills);
    }
}

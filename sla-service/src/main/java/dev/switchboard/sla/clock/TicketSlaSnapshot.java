package dev.switchboard.sla.clock;

import dev.switchboard.events.ticket.TicketStatus;
import dev.switchboard.sla.policy.SlaPolicy;
import dev.switchboard.sla.policy.TicketProfile;

import java.util.List;

/**
 * The persisted form of a ticket's clocks, with the ids of the ticket events already applied. {@code partition} is
 * the {@code tickets.events} partition the ticket's events arrive on (null in documents written before it was kept).
 */
public record TicketSlaSnapshot(String ticketId, long version, TicketProfile profile, SlaPolicy policy,
                                TicketStatus status, boolean agentReplied, boolean customerWaiting,
                                List<SlaClockSnapshot> clocks, List<Escalation> escalations,
                                List<String> appliedEventIds, Integer partition) {
}

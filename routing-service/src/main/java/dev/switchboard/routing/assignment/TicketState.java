package dev.switchboard.routing.assignment;

import dev.switchboard.events.ticket.Channel;
import dev.switchboard.events.ticket.CustomerTier;
import dev.switchboard.events.ticket.Priority;

import java.time.Instant;
import java.util.List;

/**
 * A snapshot of one ticket as routing sees it. {@code createdAt} orders the queue by age; {@code queuedAt} is when it
 * last started to wait (what {@code waitedMs} and the expansion steps count from); {@code agentId} is the current
 * agent while ASSIGNED and the last one afterwards. {@code assignments} and {@code queueings} count decisions, so that
 * the ids of the events they raise are deterministic. {@code minTier} rises when an SLA escalation routes the ticket
 * to a higher tier; {@code step} is the widest expansion step reached while waiting; {@code preferredAgentId} is set
 * while the ticket is held for the agent who solved the customer's last ticket; {@code finishedAt} is when it was
 * last SOLVED or CLOSED; {@code parked} is set while a PENDING/ON_HOLD ticket leaves its agent's capacity free.
 * {@code offers} counts the offers made (for their event ids); {@code offerExpiresAt} and {@code offerReason} describe
 * the open offer while the ticket is OFFERED; {@code declinedBy} are the agents who declined it (or let an offer run
 * out) in this round of offers, the latest last, {@code lastDeclinedAt} when the latest did.
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
        List<String> appliedEventIds,
        String customerId,
        int minTier,
        ExpansionStep step,
        String preferredAgentId,
        Instant finishedAt,
        boolean parked,
        List<String> declinedBy,
        int offers,
        Instant offerExpiresAt,
        String offerReason,
        Instant lastDeclinedAt) {

    public TicketState {
        skills = List.copyOf(skills);
        appliedEventIds = List.copyOf(appliedEventIds);
        step = step == null ? ExpansionStep.EXACT : step;
        minTier = Math.max(1, minTier);
        declinedBy = declinedBy == null ? List.of() : List.copyOf(declinedBy);
    }

    /** A ticket as the third version of this service stored it, before rounds of offers. */
    public TicketState(String id, String team, Channel channel, Priority priority, CustomerTier customerTier,
                       List<String> skills, Instant createdAt, Instant queuedAt, TicketPhase phase, String agentId,
                       int assignments, int queueings, List<String> appliedEventIds, String customerId, int minTier,
                       ExpansionStep step, String preferredAgentId, Instant finishedAt, boolean parked,
                       List<String> declinedBy, int offers, Instant offerExpiresAt, String offerReason) {
        this(id, team, channel, priority, customerTier, skills, createdAt, queuedAt, phase, agentId, assignments,
                queueings, appliedEventIds, customerId, minTier, step, preferredAgentId, finishedAt, parked, declinedBy,
                offers, offerExpiresAt, offerReason, null);
    }

    /** A ticket as the second version of this service stored it, before offers. */
    public TicketState(String id, String team, Channel channel, Priority priority, CustomerTier customerTier,
                       List<String> skills, Instant createdAt, Instant queuedAt, TicketPhase phase, String agentId,
                       int assignments, int queueings, List<String> appliedEventIds, String customerId, int minTier,
                       ExpansionStep step, String preferredAgentId, Instant finishedAt, boolean parked,
                       List<String> declinedBy) {
        this(id, team, channel, priority, customerTier, skills, createdAt, queuedAt, phase, agentId, assignments,
                queueings, appliedEventIds, customerId, minTier, step, preferredAgentId, finishedAt, parked, declinedBy,
                0, null, null, null);
    }

    /** A ticket as the first version of this service stored it. */
    public TicketState(String id, String team, Channel channel, Priority priority, CustomerTier customerTier,
                       List<String> skills, Instant createdAt, Instant queuedAt, TicketPhase phase, String agentId,
                       int assignments, int queueings, List<String> appliedEventIds) {
        this(id, team, channel, priority, customerTier, skills, createdAt, queuedAt, phase, agentId, assignments,
                queueings, appliedEventIds, null, 1, ExpansionStep.EXACT, null, null, false, List.of(), 0, null, null, null);
    }
}

package dev.switchboard.routing.assignment;

import dev.switchboard.events.ticket.Channel;
import dev.switchboard.events.ticket.CustomerTier;
import dev.switchboard.events.ticket.Priority;
import dev.switchboard.events.ticket.TicketCreated;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SequencedSet;
import java.util.Set;

/** The engine's mutable view of one ticket; only {@link RoutingEngine} changes it, under its lock. */
final class Ticket {

    /** A skill may name its required level after a colon ({@code billing:4}); without one any level will do. */
    static final int DEFAULT_LEVEL = 1;

    final String id;
    /** Changes when the ticket moves to another team; null: no team (any agent may take it). */
    String team;
    final Channel channel;
    Priority priority;
    final CustomerTier customerTier;
    final String customerId;
    final List<String> skills;
    final Map<String, Integer> requiredLevels;
    final Instant createdAt;
    Instant queuedAt;
    TicketPhase phase;
    String agentId;
    int assignments;
    int queueings;
    int minTier = 1;
    ExpansionStep step = ExpansionStep.EXACT;
    String preferredAgentId;
    Instant finishedAt;
    /** PENDING or ON_HOLD while the policy lets such tickets leave the agent's capacity free. */
    boolean parked;
    int offers;
    Instant offerExpiresAt;
    AssignmentReason offerReason;
    /** This round's decliners, the latest last. */
    private final SequencedSet<String> declinedBy = new LinkedHashSet<>();
    Instant lastDeclinedAt;
    private final Set<String> appliedEventIds = new LinkedHashSet<>();

    private Ticket(String id, String team, Channel channel, Priority priority, CustomerTier customerTier,
                   String customerId, List<String> skills, Instant createdAt) {
        this.id = id;
        this.team = teamOrNone(team);
        this.channel = channel;
        this.priority = priority;
        this.customerTier = customerTier == null ? CustomerTier.STANDARD : customerTier;
        this.customerId = customerId;
        this.skills = skills == null ? List.of() : List.copyOf(skills);
        this.requiredLevels = requiredLevels(this.skills);
        this.createdAt = createdAt;
    }

    static Ticket created(TicketCreated event, Instant now) {
        CustomerTier tier = event.customer() == null ? null : event.customer().tier();
        String customerId = event.customer() == null ? null : event.customer().id();
        Instant createdAt = event.createdAt() == null ? now : event.createdAt();
        Ticket ticket = new Ticket(event.ticketId(), event.team(), event.channel(), event.priority(), tier,
                customerId, event.skills(), createdAt);
        ticket.phase = TicketPhase.WAITING;
        ticket.queuedAt = now;
        return ticket;
    }

    static Ticket restore(TicketState state) {
        Ticket ticket = new Ticket(state.id(), state.team(), state.channel(), state.priority(), state.customerTier(),
                state.customerId(), state.skills(), state.createdAt());
        ticket.queuedAt = state.queuedAt();
        ticket.phase = state.phase();
        ticket.agentId = state.agentId();
        ticket.assignments = state.assignments();
        ticket.queueings = state.queueings();
        ticket.minTier = state.minTier();
        ticket.step = state.step();
        ticket.preferredAgentId = state.preferredAgentId();
        ticket.finishedAt = state.finishedAt();
        ticket.parked = state.parked();
        ticket.declinedBy.addAll(state.declinedBy());
        ticket.lastDeclinedAt = state.lastDeclinedAt();
        ticket.offers = state.offers();
        ticket.offerExpiresAt = state.offerExpiresAt();
        ticket.offerReason = state.offerReason() == null ? null : AssignmentReason.valueOf(state.offerReason());
        ticket.appliedEventIds.addAll(state.appliedEventIds());
        return ticket;
    }

    static String teamOrNone(String team) {
        return team == null || team.isBlank() ? null : team;
    }

    private static Map<String, Integer> requiredLevels(List<String> skills) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (String skill : skills) {
            int colon = skill.lastIndexOf(':');
            String name = colon < 0 ? skill : skill.substring(0, colon);
            int level = DEFAULT_LEVEL;
            if (colon >= 0) {
                try {
                    level = Math.clamp(Integer.parseInt(skill.substring(colon + 1).trim()), 1, 5);
                } catch (NumberFormatException e) {
                    // not a level: the colon is part of the skill's name
                    name = skill;
                }
            }
            levels.merge(name.trim(), level, Math::max);
        }
        return Collections.unmodifiableMap(levels);
    }

    boolean declinedBy(String agentId) {
        return declinedBy.contains(agentId);
    }

    void declinedByAgent(Agent agent, Instant at) {
        declinedBy.add(agent.id);
        lastDeclinedAt = at;
    }

    boolean hasDeclines() {
        return !declinedBy.isEmpty();
    }

    /**
     * Every agent who could take the ticket has declined it: a new round begins, in which only the latest decliner
     * is still skipped, and only until {@code pause} has passed since it declined. So an agent is never offered the
     * same ticket twice in a row while someone else could take it, and a ticket that everyone declined is not left
     * waiting for ever (a lone agent is asked again after the pause).
     */
    void startNewRoundOfOffers(Instant now, Duration pause) {
        String latest = declinedBy.isEmpty() ? null : declinedBy.getLast();
        declinedBy.clear();
        if (latest != null && lastDeclinedAt != null && now.isBefore(lastDeclinedAt.plus(pause))) {
            declinedBy.add(latest);
        }
    }

    /** Once assigned, an agent who declined the ticket earlier may get it again later (after a release or reopen). */
    void forgetDeclines() {
        declinedBy.clear();
    }

    boolean applied(String eventId) {
        return appliedEventIds.contains(eventId);
    }

    void remember(String eventId) {
        appliedEventIds.add(eventId);
    }

    TicketState snapshot() {
        return new TicketState(id, team, channel, priority, customerTier, skills, createdAt, queuedAt, phase, agentId,
                assignments, queueings, List.copyOf(appliedEventIds), customerId, minTier, step, preferredAgentId,
                finishedAt, parked, List.copyOf(declinedBy), offers, offerExpiresAt,
                offerReason == null ? null : offerReason.name(), lastDeclinedAt);
    }
}

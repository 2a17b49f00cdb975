package dev.switchboard.routing.assignment;

import dev.switchboard.events.ticket.Channel;
import dev.switchboard.events.ticket.CustomerTier;
import dev.switchboard.events.ticket.Priority;
import dev.switchboard.events.ticket.TicketCreated;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The engine's mutable view of one ticket; only {@link RoutingEngine} changes it, under its lock. */
final class Ticket {

    final String id;
    final String team;
    final Channel channel;
    Priority priority;
    final CustomerTier customerTier;
    final List<String> skills;
    final Instant createdAt;
    Instant queuedAt;
    TicketPhase phase;
    String agentId;
    int assignments;
    int queueings;
    private final Set<String> appliedEventIds = new LinkedHashSet<>();

    private Ticket(String id, String team, Channel channel, Priority priority, CustomerTier customerTier,
                   List<String> skills, Instant createdAt) {
        this.id = id;
        this.team = team == null || team.isBlank() ? null : team;
        this.channel = channel;
        this.priority = priority;
        this.customerTier = customerTier == null ? CustomerTier.STANDARD : customerTier;
        this.skills = skills == null ? List.of() : List.copyOf(skills);
        this.createdAt = createdAt;
    }

    static Ticket created(TicketCreated event, Instant now) {
        CustomerTier tier = event.customer() == null ? null : event.customer().tier();
        Instant createdAt = event.createdAt() == null ? now : event.createdAt();
        Ticket ticket = new Ticket(event.ticketId(), event.team(), event.channel(), event.priority(), tier,
                event.skills(), createdAt);
        ticket.phase = TicketPhase.WAITING;
        ticket.queuedAt = now;
        return ticket;
    }

    static Ticket restore(TicketState state) {
        Ticket ticket = new Ticket(state.id(), state.team(), state.channel(), state.priority(), state.customerTier(),
                state.skills(), state.createdAt());
        ticket.queuedAt = state.queuedAt();
        ticket.phase = state.phase();
        ticket.agentId = state.agentId();
        ticket.assignments = state.assignments();
        ticket.queueings = state.queueings();
        ticket.appliedEventIds.addAll(state.appliedEventIds());
        return ticket;
    }

    boolean applied(String eventId) {
        return appliedEventIds.contains(eventId);
    }

    void remember(String eventId) {
        appliedEventIds.add(eventId);
    }

    TicketState snapshot() {
        return new TicketState(id, team, channel, priority, customerTier, skills, createdAt, queuedAt, phase, agentId,
                assignments, queueings, List.copyOf(appliedEventIds));
    }
}

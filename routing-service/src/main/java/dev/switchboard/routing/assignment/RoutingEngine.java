package dev.switchboard.routing.assignment;

import dev.switchboard.events.agent.AgentPresenceChanged;
import dev.switchboard.events.agent.AgentStatus;
import dev.switchboard.events.agent.AgentUpdated;
import dev.switchboard.events.routing.TicketAssigned;
import dev.switchboard.events.routing.TicketQueued;
import dev.switchboard.events.routing.TicketUnassigned;
import dev.switchboard.events.ticket.Priority;
import dev.switchboard.events.ticket.TicketCreated;
import dev.switchboard.events.ticket.TicketPriorityChanged;
import dev.switchboard.events.ticket.TicketReopened;
import dev.switchboard.events.ticket.TicketStatus;
import dev.switchboard.events.ticket.TicketStatusChanged;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Decides which agent gets which ticket. It is fed the consumed events one at a time (every method is synchronized,
 * so decisions never race) and answers with a {@link Decision}: the events it raises and the state that changed.
 * After every decision no waiting ticket has an agent who could take it.
 *
 * <p>Rules: an agent can take a ticket when AVAILABLE, in the ticket's team (a ticket without team: any team), holding
 * every required skill at level 1 or more, and below its capacity on the ticket's channel (a channel missing from the
 * capacity means 0). Among them the least occupied on that channel wins, then the longest idle. Waiting tickets are
 * served URGENT first, then VIP, then oldest.
 */
public final class RoutingEngine {

    public static final String AGENT_OFFLINE = "AGENT_OFFLINE";

    private final Clock clock;
    private final Map<String, Agent> agents = new HashMap<>();
    private final Map<String, Ticket> tickets = new HashMap<>();

    public RoutingEngine(Clock clock) {
        this.clock = clock;
    }

    /** Replaces the whole state; an agent's open tickets are derived from the ASSIGNED tickets. */
    public synchronized void restore(Collection<AgentState> agentStates, Collection<TicketState> ticketStates) {
        agents.clear();
        tickets.clear();
        agentStates.forEach(state -> agents.put(state.id(), Agent.restore(state)));
        for (TicketState state : ticketStates) {
            Ticket ticket = Ticket.restore(state);
            tickets.put(ticket.id, ticket);
            Agent agent = ticket.agentId == null ? null : agents.get(ticket.agentId);
            if (ticket.phase == TicketPhase.ASSIGNED && agent != null) {
                agent.assigned.put(ticket.id, ticket.channel);
            }
        }
    }

    // ---- ticket events ----

    public synchronized Decision ticketCreated(String eventId, TicketCreated event) {
        if (tickets.containsKey(event.ticketId())) {
            return Decision.NONE;
        }
        Ticket ticket = Ticket.created(event, clock.instant());
        ticket.remember(eventId);
        tickets.put(ticket.id, ticket);
        Changes changes = Changes.dedupInTicket(ticket);
        assignOrAnnounceWait(ticket, changes);
        return changes.decision();
    }

    public synchronized Decision ticketStatusChanged(String eventId, TicketStatusChanged event) {
        Ticket ticket = tickets.get(event.ticketId());
        if (ticket == null || ticket.applied(eventId)) {
            return Decision.NONE;
        }
        ticket.remember(eventId);
        Changes changes = Changes.dedupInTicket(ticket);
        TicketStatus to = event.to();
        if (to == TicketStatus.SOLVED) {
            finish(ticket, TicketPhase.SOLVED, changes);
        } else if (to == TicketStatus.CLOSED) {
            finish(ticket, TicketPhase.CLOSED, changes);
        } else if (to != TicketStatus.NEW && ticket.phase == TicketPhase.SOLVED) {
            reopen(ticket, changes);
        }
        return changes.decision();
    }

    public synchronized Decision ticketReopened(String eventId, TicketReopened event) {
        Ticket ticket = tickets.get(event.ticketId());
        if (ticket == null || ticket.applied(eventId)) {
            return Decision.NONE;
        }
        ticket.remember(eventId);
        Changes changes = Changes.dedupInTicket(ticket);
        reopen(ticket, changes);
        return changes.decision();
    }

    /** Only the order of the queue changes: it is computed from the priority whenever tickets are served. */
    public synchronized Decision ticketPriorityChanged(String eventId, TicketPriorityChanged event) {
        Ticket ticket = tickets.get(event.ticketId());
        if (ticket == null || ticket.applied(eventId)) {
            return Decision.NONE;
        }
        ticket.remember(eventId);
        ticket.priority = event.to();
        return Changes.dedupInTicket(ticket).decision();
    }

    // ---- agent events ----

    public synchronized Decision agentUpdated(String eventId, AgentUpdated event) {
        Agent agent = agents.computeIfAbsent(event.agentId(), Agent::new);
        if (agent.applied(eventId)) {
            return Decision.NONE;
        }
        agent.remember(eventId);
        agent.configure(event.name(), event.team(), event.tier(), event.skills(), event.capacity());
        Changes changes = Changes.dedupInAgent(agent);
        serveWaiting(changes);
        return changes.decision();
    }

    public synchronized Decision presenceChanged(String eventId, AgentPresenceChanged event) {
        Agent agent = agents.get(event.agentId());
        if (agent == null || agent.applied(eventId)) {
            return Decision.NONE;
        }
        agent.remember(eventId);
        Changes changes = Changes.dedupInAgent(agent);
        if (agent.status == event.status()) {
            return changes.decision();
        }
        agent.status = event.status();
        switch (event.status()) {
            case AVAILABLE -> {
                agent.idleSince = clock.instant();
                serveWaiting(changes);
            }
            case OFFLINE -> releaseAll(agent, changes);
            case AWAY -> {
                // keeps its open tickets, takes no new ones
            }
        }
        return changes.decision();
    }

    // ---- reads ----

    public synchronized Optional<AgentState> agent(String agentId) {
        return Optional.ofNullable(agents.get(agentId)).map(Agent::snapshot);
    }

    public synchronized boolean knowsAgent(String agentId) {
        return agents.containsKey(agentId);
    }

    /** All agents ordered by id, or those of one team when {@code team} is not null. */
    public synchronized List<AgentState> agents(String team) {
        return agents.values().stream()
                .filter(agent -> team == null || team.equals(agent.team))
                .sorted(Comparator.comparing(agent -> agent.id))
                .map(Agent::snapshot)
                .toList();
    }

    public synchronized Optional<TicketState> ticket(String ticketId) {
        return Optional.ofNullable(tickets.get(ticketId)).map(Ticket::snapshot);
    }

    public synchronized List<TicketState> tickets() {
        return tickets.values().stream().map(Ticket::snapshot).toList();
    }

    /** One entry per team that has agents or waiting tickets, by team name; tickets without team come last. */
    public synchronized List<QueueSummary> queues() {
        Instant now = clock.instant();
        Set<String> teams = new TreeSet<>();
        agents.values().stream().map(agent -> agent.team).filter(Objects::nonNull).forEach(teams::add);
        waiting().map(ticket -> ticket.team).filter(Objects::nonNull).forEach(teams::add);
        List<QueueSummary> summaries = new ArrayList<>();
        teams.forEach(team -> summaries.add(summary(team, now)));
        if (waiting().anyMatch(ticket -> ticket.team == null)) {
            summaries.add(summary(null, now));
        }
        return summaries;
    }

    private QueueSummary summary(String team, Instant now) {
        List<Ticket> queue = waiting().filter(ticket -> Objects.equals(team, ticket.team)).toList();
        Map<Priority, Integer> byPriority = new EnumMap<>(Priority.class);
        queue.forEach(ticket -> byPriority.merge(ticket.priority, 1, Integer::sum));
        long oldest = queue.stream()
                .mapToLong(ticket -> Math.max(0, Duration.between(ticket.queuedAt, now).toSeconds()))
                .max().orElse(0);
        List<Agent> members = agents.values().stream().filter(agent -> Objects.equals(team, agent.team)).toList();
        int available = (int) members.stream().filter(agent -> agent.status == AgentStatus.AVAILABLE).count();
        long load = 0;
        long capacity = 0;
        for (Agent agent : members) {
            if (agent.status != AgentStatus.OFFLINE) {
                load += agent.assigned.size();
                capacity += agent.capacity.values().stream().mapToInt(Integer::intValue).sum();
            }
        }
        double utilization = capacity == 0 ? 0.0 : (double) load / capacity;
        return new QueueSummary(team, queue.size(), byPriority, oldest, available, utilization);
    }

    private Stream<Ticket> waiting() {
        return tickets.values().stream().filter(ticket -> ticket.phase == TicketPhase.WAITING);
    }

    // ---- decisions ----

    private void assignOrAnnounceWait(Ticket ticket, Changes changes) {
        AgentSelector.choose(ticket, agents.values()).ifPresentOrElse(
                choice -> assign(ticket, choice.agent(), choice.reason(), changes),
                () -> announceWait(ticket, changes));
    }

    /** Serves every waiting ticket, in queue order, that some agent can take now. */
    private void serveWaiting(Changes changes) {
        List<Ticket> queue = waiting().sorted(QueueOrder.SERVE_FIRST).toList();
        for (Ticket ticket : queue) {
            AgentSelector.choose(ticket, agents.values())
                    .ifPresent(choice -> assign(ticket, choice.agent(), choice.reason(), changes));
        }
    }

    private void assign(Ticket ticket, Agent agent, AssignmentReason reason, Changes changes) {
        if (ticket.phase != TicketPhase.WAITING || !agent.canTake(ticket)) {
            throw new IllegalStateException("ticket " + ticket.id + " cannot go to agent " + agent.id);
        }
        Instant now = clock.instant();
        long waitedMs = Math.max(0, Duration.between(ticket.queuedAt, now).toMillis());
        ticket.phase = TicketPhase.ASSIGNED;
        ticket.agentId = agent.id;
        ticket.assignments++;
        agent.assigned.put(ticket.id, ticket.channel);
        agent.idleSince = now;
        changes.touch(ticket);
        changes.touch(agent);
        changes.raise(new RaisedEvent(ticket.id + ":assigned:" + ticket.assignments, TicketAssigned.TYPE, ticket.id,
                now, new TicketAssigned(ticket.id, agent.id, agent.team, waitedMs, reason.name(), now)));
    }

    private void announceWait(Ticket ticket, Changes changes) {
        ticket.queueings++;
        changes.touch(ticket);
        changes.raise(new RaisedEvent(ticket.id + ":queued:" + ticket.queueings, TicketQueued.TYPE, ticket.id,
                clock.instant(), new TicketQueued(ticket.id, ticket.team, ticket.priority, ticket.queuedAt)));
    }

    private void enqueue(Ticket ticket) {
        ticket.phase = TicketPhase.WAITING;
        ticket.queuedAt = clock.instant();
    }

    private void finish(Ticket ticket, TicketPhase phase, Changes changes) {
        if (ticket.phase == TicketPhase.CLOSED) {
            return;
        }
        boolean wasAssigned = ticket.phase == TicketPhase.ASSIGNED;
        ticket.phase = phase;
        changes.touch(ticket);
        if (wasAssigned) {
            Agent agent = agents.get(ticket.agentId);
            if (agent != null) {
                agent.assigned.remove(ticket.id);
                changes.touch(agent);
            }
            serveWaiting(changes);
        }
    }

    private void reopen(Ticket ticket, Changes changes) {
        if (ticket.phase != TicketPhase.SOLVED) {
            return;
        }
        Agent previous = ticket.agentId == null ? null : agents.get(ticket.agentId);
        enqueue(ticket);
        changes.touch(ticket);
        if (previous != null && previous.canTake(ticket)) {
            assign(ticket, previous, AssignmentReason.PREVIOUS_AGENT, changes);
        } else {
            assignOrAnnounceWait(ticket, changes);
        }
    }

    private void releaseAll(Agent agent, Changes changes) {
        List<Ticket> released = agent.assigned.keySet().stream().map(tickets::get).filter(Objects::nonNull).toList();
        agent.assigned.clear();
        for (Ticket ticket : released) {
            enqueue(ticket);
            changes.touch(ticket);
            changes.raise(new RaisedEvent(ticket.id + ":unassigned:" + ticket.assignments, TicketUnassigned.TYPE,
                    ticket.id, clock.instant(), new TicketUnassigned(ticket.id, agent.id, AGENT_OFFLINE,
                    clock.instant())));
        }
        serveWaiting(changes);
        released.stream().filter(ticket -> ticket.phase == TicketPhase.WAITING)
                .forEach(ticket -> announceWait(ticket, changes));
    }

    /** Collects what one decision changed, keeping the snapshot that holds the dedup marker for last. */
    private static final class Changes {
        private final Set<Agent> agents = new LinkedHashSet<>();
        private final Set<Ticket> tickets = new LinkedHashSet<>();
        private final List<RaisedEvent> events = new ArrayList<>();
        private final Agent dedupAgent;
        private final Ticket dedupTicket;

        private Changes(Agent dedupAgent, Ticket dedupTicket) {
            this.dedupAgent = dedupAgent;
            this.dedupTicket = dedupTicket;
        }

        static Changes dedupInTicket(Ticket ticket) {
            return new Changes(null, ticket);
        }

        static Changes dedupInAgent(Agent agent) {
            return new Changes(agent, null);
        }

        void touch(Agent agent) {
            agents.add(agent);
        }

        void touch(Ticket ticket) {
            tickets.add(ticket);
        }

        void raise(RaisedEvent event) {
            events.add(event);
        }

        Decision decision() {
            List<AgentState> changedAgents = new ArrayList<>();
            agents.stream().filter(agent -> agent != dedupAgent).forEach(agent -> changedAgents.add(agent.snapshot()));
            if (dedupAgent != null) {
                changedAgents.add(dedupAgent.snapshot());
            }
            List<TicketState> changedTickets = new ArrayList<>();
            tickets.stream().filter(t -> t != dedupTicket).forEach(ticket -> changedTickets.add(ticket.snapshot()));
            if (dedupTicket != null) {
                changedTickets.add(dedupTicket.snapshot());
            }
            Decision.SaveOrder order = dedupAgent != null
                    ? Decision.SaveOrder.TICKETS_THEN_AGENTS : Decision.SaveOrder.AGENTS_THEN_TICKETS;
            return new Decision(events, changedAgents, changedTickets, order);
        }
    }
}

package dev.switchboard.routing.assignment;

import dev.switchboard.events.agent.AgentPresenceChanged;
import dev.switchboard.events.agent.AgentStatus;
import dev.switchboard.events.agent.AgentUpdated;
import dev.switchboard.events.agent.OfferAnswered;
import dev.switchboard.events.routing.OfferDeclined;
import dev.switchboard.events.routing.TicketAssigned;
import dev.switchboard.events.routing.TicketOffered;
import dev.switchboard.events.routing.TicketQueued;
import dev.switchboard.events.routing.TicketUnassigned;
import dev.switchboard.events.sla.SlaEscalated;
import dev.switchboard.events.ticket.Channel;
import dev.switchboard.events.ticket.Priority;
import dev.switchboard.events.ticket.TicketCreated;
import dev.switchboard.events.ticket.TicketPriorityChanged;
import dev.switchboard.events.ticket.TicketReopened;
import dev.switchboard.events.ticket.TicketStatus;
import dev.switchboard.events.ticket.TicketStatusChanged;
import dev.switchboard.events.ticket.TicketTeamChanged;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Decides which agent gets which ticket. It is fed the consumed events one at a time, plus a {@link #tick()} every
 * routing cycle (every method is synchronized, so decisions never race), and answers with a {@link Decision}: the
 * events it raises and the state that changed. After every decision no waiting ticket has an agent who could take it.
 *
 * <p>Who may take a ticket is {@link Eligibility}'s rule; who is chosen among them, the team's {@link Strategy}; the
 * order in which waiting tickets are served, {@link QueueOrder}. Time-driven changes (aging, the expansion steps of
 * the bullseye, the end of a preferred agent's hold, the end of an AWAY agent's grace period) happen in
 * {@link #tick()}, so that every decision depends only on the state and the clock, never on when a timer fired.
 */
public final class RoutingEngine {

    public static final String AGENT_OFFLINE = "AGENT_OFFLINE";
    public static final String AGENT_AWAY = "AGENT_AWAY";
    public static final String ESCALATED_TO_TIER = "ESCALATED_TO_TIER";
    public static final String ROUTE_TO_TIER = "ROUTE_TO_TIER";
    public static final String TEAM_CHANGED = "TEAM_CHANGED";

    private final Clock clock;
    private final RoutingPolicy policy;
    private final Map<String, Agent> agents = new HashMap<>();
    private final Map<String, Ticket> tickets = new HashMap<>();
    /** The WAITING tickets, kept apart because finished tickets stay (a customer may reopen them) and outnumber them. */
    private final Map<String, Ticket> waiting = new LinkedHashMap<>();
    /** The OFFERED tickets, whose offers the routing cycle times out. */
    private final Map<String, Ticket> offered = new LinkedHashMap<>();
    /** Who solved each customer's last ticket: the preferred agent of the customer's next one. */
    private final Map<String, String> lastAgentByCustomer = new HashMap<>();

    public RoutingEngine(Clock clock) {
        this(clock, RoutingPolicy.DEFAULTS);
    }

    public RoutingEngine(Clock clock, RoutingPolicy policy) {
        this.clock = clock;
        this.policy = policy;
    }

    public RoutingPolicy policy() {
        return policy;
    }

    /** Replaces the whole state; an agent's open tickets are derived from the ASSIGNED tickets. */
    public synchronized void restore(Collection<AgentState> agentStates, Collection<TicketState> ticketStates) {
        agents.clear();
        tickets.clear();
        waiting.clear();
        offered.clear();
        lastAgentByCustomer.clear();
        agentStates.forEach(state -> agents.put(state.id(), Agent.restore(state)));
        List<Ticket> finished = new ArrayList<>();
        for (TicketState state : ticketStates) {
            Ticket ticket = Ticket.restore(state);
            tickets.put(ticket.id, ticket);
            if (ticket.phase == TicketPhase.WAITING) {
                waiting.put(ticket.id, ticket);
            }
            Agent agent = ticket.agentId == null ? null : agents.get(ticket.agentId);
            if (held(ticket) && agent != null) {
                agent.assigned.put(ticket.id, ticket.channel);
                if (ticket.parked) {
                    agent.parked.add(ticket.id);
                }
                if (ticket.phase == TicketPhase.OFFERED) {
                    agent.offered.add(ticket.id);
                    offered.put(ticket.id, ticket);
                }
            }
            if (ticket.finishedAt != null && ticket.agentId != null && ticket.customerId != null) {
                finished.add(ticket);
            }
        }
        finished.sort(Comparator.comparing(ticket -> ticket.finishedAt));
        finished.forEach(ticket -> lastAgentByCustomer.put(ticket.customerId, ticket.agentId));
    }

    // ---- ticket events ----

    public synchronized Decision ticketCreated(String eventId, TicketCreated event) {
        if (tickets.containsKey(event.ticketId())) {
            return Decision.NONE;
        }
        Ticket ticket = Ticket.created(event, clock.instant());
        ticket.remember(eventId);
        tickets.put(ticket.id, ticket);
        waiting.put(ticket.id, ticket);
        holdForPreferredAgent(ticket);
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
        } else if (ticket.phase == TicketPhase.ASSIGNED) {
            park(ticket, to == TicketStatus.PENDING || to == TicketStatus.ON_HOLD, changes);
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

    /**
     * A ROUTE_TO_TIER escalation raises the lowest tier that may hold the ticket. A ticket held by an agent of a lower
     * tier goes back to the queue at once and to the best agent of the required tier who can take it; other actions
     * are the SLA service's business.
     */
    public synchronized Decision slaEscalated(String eventId, SlaEscalated event) {
        Ticket ticket = tickets.get(event.ticketId());
        if (ticket == null || ticket.applied(eventId)) {
            return Decision.NONE;
        }
        ticket.remember(eventId);
        Changes changes = Changes.dedupInTicket(ticket);
        if (!ROUTE_TO_TIER.equals(event.action()) || event.tier() == null || event.tier() <= ticket.minTier) {
            return changes.decision();
        }
        ticket.minTier = event.tier();
        Agent holder = held(ticket) ? agents.get(ticket.agentId) : null;
        if (holder != null && holder.tier < ticket.minTier) {
            unassign(ticket, holder, ESCALATED_TO_TIER, changes);
            assignOrAnnounceWait(ticket, changes);
            serveWaiting(changes);
        }
        return changes.decision();
    }

    /**
     * The ticket moved to another team. A waiting ticket joins the new team's queue with the age (and expansion step)
     * it had; a ticket held by an agent of the new team stays with that agent; one held by an agent of another team
     * is released ({@code TEAM_CHANGED}) and routed anew in its new team, like a ticket that starts to wait.
     */
    public synchronized Decision ticketTeamChanged(String eventId, TicketTeamChanged event) {
        Ticket ticket = tickets.get(event.ticketId());
        if (ticket == null || ticket.applied(eventId)) {
            return Decision.NONE;
        }
        ticket.remember(eventId);
        Changes changes = Changes.dedupInTicket(ticket);
        String team = Ticket.teamOrNone(event.to());
        if (Objects.equals(team, ticket.team)) {
            return changes.decision();
        }
        ticket.team = team;
        Agent holder = held(ticket) ? agents.get(ticket.agentId) : null;
        if (ticket.phase == TicketPhase.WAITING) {
            assignOrAnnounceWait(ticket, changes);
        } else if (holder != null && team != null && !team.equals(holder.team)) {
            unassign(ticket, holder, TEAM_CHANGED, changes);
            assignOrAnnounceWait(ticket, changes);
            serveWaiting(changes);
        }
        return changes.decision();
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
        agent.statusSince = clock.instant();
        switch (event.status()) {
            case AVAILABLE -> {
                agent.idleSince = clock.instant();
                serveWaiting(changes);
            }
            case OFFLINE -> {
                stopHoldingFor(agent, changes);
                releaseAll(agent, AGENT_OFFLINE, changes);
            }
            case AWAY -> {
                // keeps its open tickets for the grace period (see tick), takes no new ones
            }
        }
        return changes.decision();
    }

    /**
     * An agent's answer to an offer. Accepted: the ticket is assigned (the offer's reason, {@code offered: true}).
     * Declined: the ticket goes back to the queue with its original age and is not offered to this agent again. An
     * answer to an offer that is no longer open (it timed out, or was withdrawn) changes nothing.
     */
    public synchronized Decision offerAnswered(String eventId, OfferAnswered event) {
        Agent agent = agents.get(event.agentId());
        if (agent == null || agent.applied(eventId)) {
            return Decision.NONE;
        }
        agent.remember(eventId);
        Changes changes = Changes.dedupInAgent(agent);
        Ticket ticket = tickets.get(event.ticketId());
        if (ticket == null || ticket.phase != TicketPhase.OFFERED || !agent.id.equals(ticket.agentId)) {
            return changes.decision();
        }
        // an agent who left AVAILABLE meanwhile cannot take the ticket: its acceptance counts as declining
        if (event.accepted() && agent.status == AgentStatus.AVAILABLE) {
            accept(ticket, agent, changes);
        } else {
            endOffer(ticket, agent, OfferDeclined.DECLINED, changes);
            serveWaiting(changes);
            announceIfStillWaiting(List.of(ticket), changes);
        }
        return changes.decision();
    }

    /** Whether the ticket holds an agent's capacity: assigned, or offered and not answered yet. */
    private static boolean held(Ticket ticket) {
        return ticket.phase == TicketPhase.ASSIGNED || ticket.phase == TicketPhase.OFFERED;
    }

    // ---- the routing cycle ----

    /**
     * What time alone changes, run once per routing cycle: an AWAY agent past its grace period releases its tickets;
     * a preferred agent's hold ends; a waiting ticket reaches the next expansion step (announced as another
     * {@code routing.queued} that names the step); then every waiting ticket is offered to the widened pools, in
     * queue order, which also applies aging.
     */
    public synchronized Decision tick() {
        Instant now = clock.instant();
        Changes changes = Changes.none();
        List<Agent> away = agents.values().stream()
                .filter(agent -> agent.status == AgentStatus.AWAY && agent.statusSince != null
                        && !agent.assigned.isEmpty()
                        && !now.isBefore(agent.statusSince.plus(policy.awayGrace())))
                .sorted(Comparator.comparing(agent -> agent.id))
                .toList();
        away.forEach(agent -> releaseAll(agent, AGENT_AWAY, changes));
        List<Ticket> expired = offered.values().stream()
                .filter(ticket -> !now.isBefore(ticket.offerExpiresAt))
                .sorted(Comparator.comparing(ticket -> ticket.id))
                .toList();
        expired.forEach(ticket -> endOffer(ticket, agents.get(ticket.agentId), OfferDeclined.TIMED_OUT, changes));
        // only the tickets time changes something for, in serving order: sorting the whole queue every cycle made a
        // backlog nobody can serve cost every other decision (the cycle holds the engine's lock)
        List<Ticket> queue = QueueOrder.sorted(waiting.values().stream()
                .filter(ticket -> holdEnds(ticket, now) || stepReached(ticket, now).compareTo(ticket.step) > 0
                        || ticket.hasDeclines())
                .toList(), now, policy.agingAfter());
        for (Ticket ticket : queue) {
            if (holdEnds(ticket, now)) {
                ticket.preferredAgentId = null;
                changes.touch(ticket);
            }
            ExpansionStep reached = stepReached(ticket, now);
            if (reached.compareTo(ticket.step) > 0) {
                ticket.step = reached;
                announceWait(ticket, changes);
            }
        }
        queue.stream().filter(Ticket::hasDeclines).forEach(ticket -> startNewRoundIfAllDeclined(ticket, now, changes));
        serveWaiting(changes);
        announceIfStillWaiting(expired, changes);
        return changes.decision();
    }

    private boolean holdEnds(Ticket ticket, Instant now) {
        return ticket.preferredAgentId != null && !now.isBefore(ticket.queuedAt.plus(policy.preferredAgentWait()));
    }

    private ExpansionStep stepReached(Ticket ticket, Instant now) {
        return policy.stepAfter(Duration.between(ticket.queuedAt, now));
    }

    private void startNewRoundIfAllDeclined(Ticket ticket, Instant now, Changes changes) {
        boolean someoneLeft = agents.values().stream().anyMatch(agent -> Eligibility.canTake(agent, ticket));
        boolean declinersOnly = agents.values().stream()
                .anyMatch(agent -> Eligibility.couldTakeHadItNotDeclined(agent, ticket));
        if (!someoneLeft && declinersOnly) {
            ticket.startNewRoundOfOffers(now, policy.offerTimeout());
            changes.touch(ticket);
        }
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

    /** Whether the agent could take the ticket now, by the engine's own rule: what the invariant checks ask. */
    public synchronized boolean couldTake(String agentId, String ticketId) {
        Agent agent = agents.get(agentId);
        Ticket ticket = tickets.get(ticketId);
        return agent != null && ticket != null && ticket.phase == TicketPhase.WAITING && agent.canTake(ticket);
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

    /** The first {@code limit} tickets waiting in {@code team}'s queue, in the order the routing cycle serves them. */
    public synchronized List<WaitingTicket> waitingInOrder(String team, int limit) {
        Instant now = clock.instant();
        List<Ticket> queue = waiting().filter(ticket -> Objects.equals(team, ticket.team)).toList();
        Iterator<Ticket> ordered = QueueOrder.inOrder(queue, now, policy.agingAfter());
        List<WaitingTicket> page = new ArrayList<>();
        while (ordered.hasNext() && page.size() < limit) {
            Ticket ticket = ordered.next();
            Priority effective = Priority.values()[QueueOrder.effectivePriority(ticket, now, policy.agingAfter())];
            page.add(new WaitingTicket(page.size() + 1, ticket.id, ticket.team, ticket.priority, effective,
                    ticket.customerTier, ticket.channel, ticket.skills, ticket.createdAt, ticket.queuedAt,
                    Math.max(0, Duration.between(ticket.queuedAt, now).toSeconds()), ticket.step,
                    ticket.preferredAgentId));
        }
        return page;
    }

    private QueueSummary summary(String team, Instant now) {
        List<Ticket> queue = waiting().filter(ticket -> Objects.equals(team, ticket.team)).toList();
        Map<Priority, Integer> byPriority = new EnumMap<>(Priority.class);
        queue.forEach(ticket -> byPriority.merge(ticket.priority, 1, Integer::sum));
        long oldest = queue.stream()
                .mapToLong(ticket -> Math.max(0, Duration.between(ticket.queuedAt, now).toSeconds()))
                .max().orElse(0);
        List<Agent> members = agents.values().stream()
                .filter(agent -> team == null || team.equals(agent.team)).toList();
        int available = (int) members.stream().filter(agent -> agent.status == AgentStatus.AVAILABLE).count();
        int signedIn = (int) members.stream().filter(agent -> agent.status != AgentStatus.OFFLINE).count();
        long load = 0;
        long capacity = 0;
        for (Agent agent : members) {
            if (agent.status != AgentStatus.OFFLINE) {
                load += agent.assigned.size() - agent.parked.size();
                capacity += agent.capacity.values().stream().mapToInt(Integer::intValue).sum();
            }
        }
        double utilization = capacity == 0 ? 0.0 : (double) load / capacity;
        return new QueueSummary(team, queue.size(), byPriority, oldest, available, utilization, signedIn);
    }

    private Stream<Ticket> waiting() {
        return waiting.values().stream();
    }

    // ---- decisions ----

    private void assignOrAnnounceWait(Ticket ticket, Changes changes) {
        AgentSelector.choose(ticket, agents.values(), policy.strategy(ticket.team)).ifPresentOrElse(
                choice -> assign(ticket, choice.agent(), choice.reason(), changes),
                () -> announceWait(ticket, changes));
    }

    /** Serves every waiting ticket, in queue order, that some agent can take now. */
    private void serveWaiting(Changes changes) {
        List<Agent> withRoom = new ArrayList<>(agents.values().stream().filter(RoutingEngine::hasRoom).toList());
        if (withRoom.isEmpty()) {
            return;
        }
        // a backlog of a team with nobody free is skipped before the queue is ordered, not offered to every agent
        Set<String> teamsWithRoom = new HashSet<>();
        withRoom.stream().map(agent -> agent.team).filter(Objects::nonNull).forEach(teamsWithRoom::add);
        List<Ticket> reachable = waiting().filter(ticket -> Eligibility.teamRuleAdmits(ticket, teamsWithRoom)).toList();
        Iterator<Ticket> queue = QueueOrder.inOrder(reachable, clock.instant(), policy.agingAfter());
        while (queue.hasNext()) {
            Ticket ticket = queue.next();
            Optional<AgentSelector.Choice> choice = AgentSelector.choose(ticket, withRoom,
                    policy.strategy(ticket.team));
            if (choice.isPresent()) {
                assign(ticket, choice.get().agent(), choice.get().reason(), changes);
                if (!hasRoom(choice.get().agent())) {
                    withRoom.remove(choice.get().agent());
                    if (withRoom.isEmpty()) {
                        return;
                    }
                }
            }
        }
    }

    private static boolean hasRoom(Agent agent) {
        if (agent.status != AgentStatus.AVAILABLE) {
            return false;
        }
        for (Map.Entry<Channel, Integer> capacity : agent.capacity.entrySet()) {
            if (agent.load(capacity.getKey()) < capacity.getValue()) {
                return true;
            }
        }
        return false;
    }

    private void assign(Ticket ticket, Agent agent, AssignmentReason reason, Changes changes) {
        if (ticket.phase != TicketPhase.WAITING || !agent.canTake(ticket)) {
            throw new IllegalStateException("ticket " + ticket.id + " cannot go to agent " + agent.id);
        }
        if (policy.offersFor(agent.team)) {
            offer(ticket, agent, reason, changes);
            return;
        }
        ticket.forgetDeclines();
        Instant now = clock.instant();
        long waitedMs = Math.max(0, Duration.between(ticket.queuedAt, now).toMillis());
        ticket.phase = TicketPhase.ASSIGNED;
        waiting.remove(ticket.id);
        ticket.agentId = agent.id;
        ticket.preferredAgentId = null;
        ticket.parked = false;
        ticket.assignments++;
        agent.assigned.put(ticket.id, ticket.channel);
        agent.idleSince = now;
        agent.lastAssignedAt = now;
        changes.touch(ticket);
        changes.touch(agent);
        changes.raise(new RaisedEvent(ticket.id + ":assigned:" + ticket.assignments, TicketAssigned.TYPE, ticket.id,
                now, new TicketAssigned(ticket.id, agent.id, agent.team, waitedMs, reason.name(), now,
                        ticket.step.name(), raisedTier(ticket), policy.strategy(ticket.team).name(), null)));
    }

    /** The agent holds the ticket, and the capacity it takes, until it accepts, declines or the offer runs out. */
    private void offer(Ticket ticket, Agent agent, AssignmentReason reason, Changes changes) {
        Instant now = clock.instant();
        ticket.phase = TicketPhase.OFFERED;
        waiting.remove(ticket.id);
        offered.put(ticket.id, ticket);
        ticket.agentId = agent.id;
        ticket.preferredAgentId = null;
        ticket.parked = false;
        ticket.offers++;
        ticket.offerExpiresAt = now.plus(policy.offerTimeout());
        ticket.offerReason = reason;
        agent.assigned.put(ticket.id, ticket.channel);
        agent.offered.add(ticket.id);
        agent.idleSince = now;
        agent.lastAssignedAt = now;
        changes.touch(ticket);
        changes.touch(agent);
        changes.raise(new RaisedEvent(ticket.id + ":offered:" + ticket.offers, TicketOffered.TYPE, ticket.id, now,
                new TicketOffered(ticket.id, agent.id, agent.team, now, ticket.offerExpiresAt, reason.name())));
    }

    private void accept(Ticket ticket, Agent agent, Changes changes) {
        Instant now = clock.instant();
        long waitedMs = Math.max(0, Duration.between(ticket.queuedAt, now).toMillis());
        AssignmentReason reason = ticket.offerReason == null ? AssignmentReason.ONLY_ELIGIBLE : ticket.offerReason;
        offered.remove(ticket.id);
        agent.offered.remove(ticket.id);
        ticket.phase = TicketPhase.ASSIGNED;
        ticket.offerExpiresAt = null;
        ticket.offerReason = null;
        ticket.assignments++;
        ticket.forgetDeclines();
        changes.touch(ticket);
        changes.touch(agent);
        changes.raise(new RaisedEvent(ticket.id + ":assigned:" + ticket.assignments, TicketAssigned.TYPE, ticket.id,
                now, new TicketAssigned(ticket.id, agent.id, agent.team, waitedMs, reason.name(), now,
                        ticket.step.name(), raisedTier(ticket), policy.strategy(ticket.team).name(), true)));
    }

    /**
     * Declined or timed out: back to the queue with the age and expansion step it had (queuedAt is kept), and not
     * offered to this agent again while another agent who has not declined it could take it.
     */
    private void endOffer(Ticket ticket, Agent agent, String reason, Changes changes) {
        Instant now = clock.instant();
        offered.remove(ticket.id);
        ticket.phase = TicketPhase.WAITING;
        waiting.put(ticket.id, ticket);
        ticket.offerExpiresAt = null;
        ticket.offerReason = null;
        changes.touch(ticket);
        if (agent != null) {
            agent.release(ticket.id);
            ticket.declinedByAgent(agent, now);
            changes.touch(agent);
        }
        changes.raise(new RaisedEvent(ticket.id + ":offer-declined:" + ticket.offers, OfferDeclined.TYPE, ticket.id,
                now, new OfferDeclined(ticket.id, ticket.agentId, reason, now)));
    }

    private void announceIfStillWaiting(List<Ticket> returned, Changes changes) {
        returned.stream().filter(ticket -> ticket.phase == TicketPhase.WAITING)
                .forEach(ticket -> announceWait(ticket, changes));
    }

    /** The id of a release: an open offer was never an assignment, so it is counted by offers instead. */
    private static String unassignedId(Ticket ticket) {
        return ticket.phase == TicketPhase.OFFERED
                ? ticket.id + ":unassigned:offer-" + ticket.offers
                : ticket.id + ":unassigned:" + ticket.assignments;
    }

    /** The minimum tier as the events carry it: only once an escalation raised it. */
    private static Integer raisedTier(Ticket ticket) {
        return ticket.minTier > 1 ? ticket.minTier : null;
    }

    private void announceWait(Ticket ticket, Changes changes) {
        ticket.queueings++;
        changes.touch(ticket);
        changes.raise(new RaisedEvent(ticket.id + ":queued:" + ticket.queueings, TicketQueued.TYPE, ticket.id,
                clock.instant(), new TicketQueued(ticket.id, ticket.team, ticket.priority, ticket.queuedAt,
                        ticket.step.name(), raisedTier(ticket), ticket.preferredAgentId)));
    }

    /** Back to the start of the bullseye: expansion counts from when the ticket (again) started to wait. */
    private void enqueue(Ticket ticket) {
        ticket.phase = TicketPhase.WAITING;
        waiting.put(ticket.id, ticket);
        offered.remove(ticket.id);
        ticket.offerExpiresAt = null;
        ticket.offerReason = null;
        ticket.queuedAt = clock.instant();
        ticket.step = ExpansionStep.EXACT;
        ticket.parked = false;
    }

    private void holdForPreferredAgent(Ticket ticket) {
        if (ticket.customerId == null || policy.preferredAgentWait().isZero()) {
            return;
        }
        Agent previous = agents.get(lastAgentByCustomer.get(ticket.customerId));
        if (previous != null && previous.status != AgentStatus.OFFLINE) {
            ticket.preferredAgentId = previous.id;
        }
    }

    private void stopHoldingFor(Agent agent, Changes changes) {
        waiting().filter(ticket -> agent.id.equals(ticket.preferredAgentId)).forEach(ticket -> {
            ticket.preferredAgentId = null;
            changes.touch(ticket);
        });
    }

    private void finish(Ticket ticket, TicketPhase phase, Changes changes) {
        if (ticket.phase == TicketPhase.CLOSED) {
            return;
        }
        boolean wasAssigned = held(ticket);
        boolean wasSolved = ticket.phase == TicketPhase.SOLVED;
        ticket.phase = phase;
        waiting.remove(ticket.id);
        offered.remove(ticket.id);
        ticket.offerExpiresAt = null;
        ticket.offerReason = null;
        ticket.preferredAgentId = null;
        ticket.parked = false;
        changes.touch(ticket);
        if (wasAssigned || wasSolved) {
            ticket.finishedAt = clock.instant();
            if (ticket.customerId != null && ticket.agentId != null) {
                lastAgentByCustomer.put(ticket.customerId, ticket.agentId);
            }
        }
        if (wasAssigned) {
            Agent agent = agents.get(ticket.agentId);
            if (agent != null) {
                agent.release(ticket.id);
                changes.touch(agent);
            }
            serveWaiting(changes);
        }
    }

    /**
     * PENDING and ON_HOLD leave the agent's capacity free when the policy says so; back to OPEN the ticket counts
     * again, even if that puts the agent above capacity for a while (it is the agent's own ticket).
     */
    private void park(Ticket ticket, boolean waitingOnOthers, Changes changes) {
        boolean parked = waitingOnOthers && !policy.pendingHoldsCapacity();
        if (ticket.parked == parked) {
            return;
        }
        ticket.parked = parked;
        changes.touch(ticket);
        Agent agent = agents.get(ticket.agentId);
        if (agent == null) {
            return;
        }
        changes.touch(agent);
        if (parked) {
            agent.parked.add(ticket.id);
            serveWaiting(changes);
        } else {
            agent.parked.remove(ticket.id);
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

    private void unassign(Ticket ticket, Agent agent, String reason, Changes changes) {
        agent.release(ticket.id);
        changes.touch(agent);
        String id = unassignedId(ticket);
        enqueue(ticket);
        changes.touch(ticket);
        changes.raise(new RaisedEvent(id, TicketUnassigned.TYPE, ticket.id, clock.instant(),
                new TicketUnassigned(ticket.id, agent.id, reason, clock.instant())));
    }

    private void releaseAll(Agent agent, String reason, Changes changes) {
        List<Ticket> released = agent.assigned.keySet().stream().map(tickets::get).filter(Objects::nonNull).toList();
        agent.assigned.clear();
        agent.parked.clear();
        agent.offered.clear();
        changes.touch(agent);
        for (Ticket ticket : released) {
            String id = unassignedId(ticket);
            enqueue(ticket);
            changes.touch(ticket);
            changes.raise(new RaisedEvent(id, TicketUnassigned.TYPE, ticket.id, clock.instant(),
                    new TicketUnassigned(ticket.id, agent.id, reason, clock.instant())));
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

        static Changes none() {
            return new Changes(null, null);
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

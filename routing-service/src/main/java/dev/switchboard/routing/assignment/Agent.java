package dev.switchboard.routing.assignment;

import dev.switchboard.events.agent.AgentStatus;
import dev.switchboard.events.ticket.Channel;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The engine's mutable view of one agent; only {@link RoutingEngine} changes it, under its lock. */
final class Agent {

    /** Redeliveries arrive within a rebalance or a restart, so remembering the recent ids per agent is enough. */
    static final int REMEMBERED_EVENT_IDS = 100;

    final String id;
    String name;
    String team;
    int tier;
    Map<String, Integer> skills = Map.of();
    Map<Channel, Integer> capacity = Map.of();
    AgentStatus status = AgentStatus.OFFLINE;
    /** When the current status began; an AWAY agent keeps its tickets only for the grace period after it. */
    Instant statusSince;
    Instant idleSince;
    /** When the agent last received a ticket, which round robin rotates on. */
    Instant lastAssignedAt;
    final Map<String, Channel> assigned = new LinkedHashMap<>();
    /** Held tickets that do not count against capacity (PENDING/ON_HOLD, when the policy says so). */
    final Set<String> parked = new HashSet<>();
    /** Held tickets that are open offers: they take capacity like assigned ones until answered or timed out. */
    final Set<String> offered = new HashSet<>();
    private final Deque<String> recentEventIds = new ArrayDeque<>();

    Agent(String id) {
        this.id = id;
    }

    static Agent restore(AgentState state) {
        Agent agent = new Agent(state.id());
        agent.configure(state.name(), state.team(), state.tier(), state.skills(), state.capacity());
        agent.status = state.status();
        agent.idleSince = state.idleSince();
        agent.statusSince = state.statusSince();
        agent.lastAssignedAt = state.lastAssignedAt();
        state.recentEventIds().forEach(agent::remember);
        return agent;
    }

    void configure(String name, String team, int tier, Map<String, Integer> skills, Map<Channel, Integer> capacity) {
        this.name = name;
        this.team = team;
        this.tier = tier;
        this.skills = skills == null ? Map.of() : Map.copyOf(skills);
        this.capacity = capacity == null ? Map.of() : Map.copyOf(capacity);
    }

    int load(Channel channel) {
        int load = 0;
        for (Map.Entry<String, Channel> held : assigned.entrySet()) {
            if (held.getValue() == channel && !parked.contains(held.getKey())) {
                load++;
            }
        }
        return load;
    }

    void release(String ticketId) {
        assigned.remove(ticketId);
        parked.remove(ticketId);
        offered.remove(ticketId);
    }

    int capacity(Channel channel) {
        return capacity.getOrDefault(channel, 0);
    }

    boolean canTake(Ticket ticket) {
        return Eligibility.canTake(this, ticket);
    }

    /** Sum of this agent's levels on the ticket's skills: what the most-skilled strategy ranks by. */
    int skillScore(Ticket ticket) {
        int score = 0;
        for (String skill : ticket.requiredLevels.keySet()) {
            score += skills.getOrDefault(skill, 0);
        }
        return score;
    }

    boolean applied(String eventId) {
        return recentEventIds.contains(eventId);
    }

    void remember(String eventId) {
        recentEventIds.addLast(eventId);
        while (recentEventIds.size() > REMEMBERED_EVENT_IDS) {
            recentEventIds.removeFirst();
        }
    }

    AgentState snapshot() {
        return new AgentState(id, name, team, tier, skills, capacity, status, idleSince, assigned,
                List.copyOf(recentEventIds), statusSince, lastAssignedAt, Set.copyOf(parked), Set.copyOf(offered));
    }
}

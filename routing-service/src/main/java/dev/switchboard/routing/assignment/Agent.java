package dev.switchboard.routing.assignment;

import dev.switchboard.events.agent.AgentStatus;
import dev.switchboard.events.ticket.Channel;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    Instant idleSince;
    final Map<String, Channel> assigned = new LinkedHashMap<>();
    private final Deque<String> recentEventIds = new ArrayDeque<>();

    Agent(String id) {
        this.id = id;
    }

    static Agent restore(AgentState state) {
        Agent agent = new Agent(state.id());
        agent.configure(state.name(), state.team(), state.tier(), state.skills(), state.capacity());
        agent.status = state.status();
        agent.idleSince = state.idleSince();
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
        return (int) assigned.values().stream().filter(channel::equals).count();
    }

    int capacity(Channel channel) {
        return capacity.getOrDefault(channel, 0);
    }

    boolean canTake(Ticket ticket) {
        return status == AgentStatus.AVAILABLE
                && (ticket.team == null || ticket.team.equals(team))
                && hasSkills(ticket.skills)
                && load(ticket.channel) < capacity(ticket.channel);
    }

    private boolean hasSkills(List<String> required) {
        return required.stream().allMatch(skill -> skills.getOrDefault(skill, 0) >= 1);
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
                List.copyOf(recentEventIds));
    }
}

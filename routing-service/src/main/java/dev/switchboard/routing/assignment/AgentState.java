package dev.switchboard.routing.assignment;

import dev.switchboard.events.agent.AgentStatus;
import dev.switchboard.events.ticket.Channel;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A snapshot of one agent as the engine sees it. {@code assignedTickets} maps ticket id to its channel, in assignment
 * order; {@code idleSince} is when the agent last became AVAILABLE or last received a ticket (null while never
 * available); {@code recentEventIds} are the last consumed event ids about this agent, kept for deduplication.
 */
public record AgentState(
        String id,
        String name,
        String team,
        int tier,
        Map<String, Integer> skills,
        Map<Channel, Integer> capacity,
        AgentStatus status,
        Instant idleSince,
        Map<String, Channel> assignedTickets,
        List<String> recentEventIds) {

    public AgentState {
        skills = Map.copyOf(skills);
        capacity = capacity.isEmpty() ? Map.of() : Map.copyOf(capacity);
        assignedTickets = Collections.unmodifiableMap(new LinkedHashMap<>(assignedTickets));
        recentEventIds = List.copyOf(recentEventIds);
    }

    public Map<Channel, Integer> load() {
        Map<Channel, Integer> load = new EnumMap<>(Channel.class);
        assignedTickets.values().forEach(channel -> load.merge(channel, 1, Integer::sum));
        return load;
    }
}

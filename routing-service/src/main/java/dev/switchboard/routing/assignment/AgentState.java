package dev.switchboard.routing.assignment;

import dev.switchboard.events.agent.AgentStatus;
import dev.switchboard.events.ticket.Channel;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A snapshot of one agent as the engine sees it. {@code assignedTickets} maps ticket id to its channel, in assignment
 * order; {@code idleSince} is when the agent last became AVAILABLE or last received a ticket (null while never
 * available); {@code statusSince} when the current status began; {@code lastAssignedAt} when it last received a
 * ticket; {@code parkedTickets} the held tickets that leave capacity free; {@code offeredTickets} the held tickets
 * that are open offers (they take capacity, but are not assigned yet); {@code recentEventIds} are the last consumed
 * event ids about this agent, kept for deduplication.
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
        List<String> recentEventIds,
        Instant statusSince,
        Instant lastAssignedAt,
        Set<String> parkedTickets,
        Set<String> offeredTickets) {

    public AgentState {
        skills = Map.copyOf(skills);
        capacity = capacity.isEmpty() ? Map.of() : Map.copyOf(capacity);
        assignedTickets = Collections.unmodifiableMap(new LinkedHashMap<>(assignedTickets));
        recentEventIds = List.copyOf(recentEventIds);
        parkedTickets = parkedTickets == null ? Set.of() : Set.copyOf(parkedTickets);
        offeredTickets = offeredTickets == null ? Set.of() : Set.copyOf(offeredTickets);
    }

    /** An agent as the second version of this service knew it, before offers. */
    public AgentState(String id, String name, String team, int tier, Map<String, Integer> skills,
                      Map<Channel, Integer> capacity, AgentStatus status, Instant idleSince,
                      Map<String, Channel> assignedTickets, List<String> recentEventIds, Instant statusSince,
                      Instant lastAssignedAt, Set<String> parkedTickets) {
        this(id, name, team, tier, skills, capacity, status, idleSince, assignedTickets, recentEventIds, statusSince,
                lastAssignedAt, parkedTickets, Set.of());
    }

    /** An agent as the first version of this service stored it. */
    public AgentState(String id, String name, String team, int tier, Map<String, Integer> skills,
                      Map<Channel, Integer> capacity, AgentStatus status, Instant idleSince,
                      Map<String, Channel> assignedTickets, List<String> recentEventIds) {
        this(id, name, team, tier, skills, capacity, status, idleSince, assignedTickets, recentEventIds, null, null,
                Set.of(), Set.of());
    }

    /** Held tickets per channel that count against capacity (parked ones do not). */
    public Map<Channel, Integer> load() {
        Map<Channel, Integer> load = new EnumMap<>(Channel.class);
        assignedTickets.forEach((ticketId, channel) -> {
            if (!parkedTickets.contains(ticketId)) {
                load.merge(channel, 1, Integer::sum);
            }
        });
        return load;
    }
}

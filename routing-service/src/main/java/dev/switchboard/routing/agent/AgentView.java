package dev.switchboard.routing.agent;

import dev.switchboard.events.agent.AgentStatus;
import dev.switchboard.events.agent.AgentUpdated;
import dev.switchboard.events.ticket.Channel;
import dev.switchboard.routing.assignment.AgentState;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An agent as the API shows it: configuration, presence, and load per channel next to its capacity. Open offers take
 * capacity (they count in {@code load}) but are listed apart from the assigned tickets, in {@code offeredTicketIds}.
 */
record AgentView(String id, String name, String team, int tier, Map<String, Integer> skills,
                 Map<Channel, Integer> capacity, AgentStatus status, Map<Channel, Integer> load,
                 List<String> assignedTicketIds, Instant idleSince, List<String> offeredTicketIds) {

    AgentView(String id, String name, String team, int tier, Map<String, Integer> skills,
              Map<Channel, Integer> capacity, AgentStatus status, Map<Channel, Integer> load,
              List<String> assignedTicketIds, Instant idleSince) {
        this(id, name, team, tier, skills, capacity, status, load, assignedTicketIds, idleSince, List.of());
    }

    static AgentView of(AgentState agent) {
        return new AgentView(agent.id(), agent.name(), agent.team(), agent.tier(), new TreeMap<>(agent.skills()),
                byChannel(agent.capacity()), agent.status(), load(agent.capacity(), agent.load()),
                agent.assignedTickets().keySet().stream().filter(id -> !agent.offeredTickets().contains(id)).toList(),
                agent.idleSince(),
                agent.assignedTickets().keySet().stream().filter(agent.offeredTickets()::contains).toList());
    }

    /**
     * The configuration just written, with presence and load as last known: the engine applies the event a moment
     * after the answer, and a new agent starts OFFLINE.
     */
    static AgentView configured(AgentUpdated update, Optional<AgentState> current) {
        Map<Channel, Integer> currentLoad = current.map(AgentState::load).orElse(Map.of());
        return new AgentView(update.agentId(), update.name(), update.team(), update.tier(),
                new TreeMap<>(update.skills()), byChannel(update.capacity()),
                current.map(AgentState::status).orElse(AgentStatus.OFFLINE), load(update.capacity(), currentLoad),
                current.map(agent -> List.copyOf(agent.assignedTickets().keySet())).orElse(List.of()),
                current.map(AgentState::idleSince).orElse(null));
    }

    /** Every channel with capacity appears, with 0 when the agent holds no ticket there. */
    private static Map<Channel, Integer> load(Map<Channel, Integer> capacity, Map<Channel, Integer> load) {
        Map<Channel, Integer> result = new EnumMap<>(Channel.class);
        capacity.keySet().forEach(channel -> result.put(channel, 0));
        result.putAll(load);
        return result;
    }

    private static Map<Channel, Integer> byChannel(Map<Channel, Integer> values) {
        Map<Channel, Integer> result = new EnumMap<>(Channel.class);
        result.putAll(values);
        return result;
    }
}

package dev.switchboard.analytics.agent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The agent store's contract in a map: versioned writes. */
public final class InMemoryAgentStates implements AgentStateStore {
    private final Map<String, AgentState> states = new HashMap<>();

    @Override
    public Optional<AgentState> find(String agentId) {
        return Optional.ofNullable(states.get(agentId));
    }

    @Override
    public boolean insert(AgentState state) {
        return states.putIfAbsent(state.agentId(), state) == null;
    }

    @Override
    public boolean replace(AgentState state, long expectedVersion) {
        AgentState stored = states.get(state.agentId());
        if (stored == null || stored.version() != expectedVersion) {
            return false;
        }
        states.put(state.agentId(), state);
        return true;
    }

    @Override
    public List<AgentState> all() {
        return new ArrayList<>(states.values());
    }
}

package dev.switchboard.analytics.agent;

import java.util.List;
import java.util.Optional;

/** One document per agent, written with optimistic concurrency on its version. */
public interface AgentStateStore {

    Optional<AgentState> find(String agentId);

    /** Stores a state that was never stored; false when another writer stored one first. */
    boolean insert(AgentState state);

    /** Replaces the stored state if it still has {@code expectedVersion}; false when another writer came first. */
    boolean replace(AgentState state, long expectedVersion);

    List<AgentState> all();
}

package dev.switchboard.analytics.agent;

import java.util.Optional;

/** Applies one agent event: read, apply in plain Java, conditional write, again from the read on a lost race. */
public final class AgentRecorder {

    private final AgentStateStore store;
    private final AgentStateApplier applier;
    private final int maxAttempts;

    public AgentRecorder(AgentStateStore store, AgentStateApplier applier, int maxAttempts) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        this.store = store;
        this.applier = applier;
        this.maxAttempts = maxAttempts;
    }

    /** @return true when the event changed an agent's state */
    public boolean record(String eventId, Object event) {
        Optional<String> agentId = applier.agentIdOf(event);
        if (agentId.isEmpty()) {
            return false;
        }
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            Optional<AgentState> stored = store.find(agentId.get());
            AgentState current = stored.orElseGet(() -> AgentState.unknown(agentId.get()));
            Optional<AgentState> next = applier.apply(current, eventId, event);
            if (next.isEmpty()) {
                return false;
            }
            AgentState versioned = next.get().withVersion(current.version() + 1);
            if (stored.isPresent() ? store.replace(versioned, current.version()) : store.insert(versioned)) {
                return true;
            }
        }
        throw new IllegalStateException("State of agent " + agentId.get() + " changed concurrently on each of "
                + maxAttempts + " attempts");
    }
}

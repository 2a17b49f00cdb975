package dev.switchboard.routing.agent;

import dev.switchboard.events.agent.AgentPresenceChanged;
import dev.switchboard.events.agent.AgentStatus;

import java.time.Instant;

/** The answer to a presence change: the status as requested and the one it replaced. */
record PresenceView(String agentId, AgentStatus status, AgentStatus previous, Instant changedAt) {

    static PresenceView of(AgentPresenceChanged change) {
        return new PresenceView(change.agentId(), change.status(), change.previous(), change.changedAt());
    }
}
